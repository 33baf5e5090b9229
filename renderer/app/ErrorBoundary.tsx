import { Component, type ReactNode } from 'react';
import { navigate } from './router';

interface Props {
  /** What is shown inside, in words ("the Library view", "this article"), for the message. */
  what: string;
  /** The place shown (route); when it changes, a failure shown for the last one is cleared. */
  resetKey: string;
  /** Whether to offer the way back to the Library (not when the Library is what failed). */
  offerLibrary: boolean;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string;
}

/**
 * Keeps a view's render error inside the view: instead of the whole window going blank, the main
 * area says what could not be shown and why, with Try again and a way back to the Library, while
 * the sidebar, the palette and every shortcut keep working. Going somewhere else clears it. (React
 * logs the error and its component stack to the console.)
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="view-error" role="alert">
        <h2>{capitalise(this.props.what)} could not be shown</h2>
        <p>Your notebook has not been changed, and the rest of Dossier still works: choose a section on the left, or press Ctrl+K.</p>
        <p className="view-error-detail">
          What failed: <code>{error.message || error.name}</code>
        </p>
        <div className="view-error-actions">
          <button type="button" className="primary" onClick={this.retry}>
            Try again
          </button>
          {this.props.offerLibrary && (
            <button type="button" onClick={() => navigate('library')}>
              Back to the Library
            </button>
          )}
        </div>
      </div>
    );
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
