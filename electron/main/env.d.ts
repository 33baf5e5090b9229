// electron-vite's import suffixes (`?modulePath`: the bundled file's path) for main's TypeScript.
/// <reference types="electron-vite/node" />
