/** The rights-kit release this bridge ships in; sent in `hello` so an app can log which page it talks to. */
export const VERSION = '0.1.0';
