import type { DossierBridge } from '../../shared/api/contract';

// Tests evaluate code in the page, where the routed API is window.dossier.
declare global {
  interface Window {
    dossier?: DossierBridge;
  }
}
export {};
