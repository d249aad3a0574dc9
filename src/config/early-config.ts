// The config.json request public/boot.js starts while the page is parsed, for the boot to read instead of asking
// again. It crosses from a classic script through the window, so it is taken once and checked for what it is: a
// page without it (/bench, unit tests) or with anything else there asks for config.json itself.

/** Where public/boot.js leaves the request (a registered symbol: no string global). */
export const EARLY_CONFIG_REQUEST = Symbol.for('profile-editor.config-request');

/**
 * A `fetch` for loadConfig that answers its first call with the early request's response, or undefined when there
 * is none. The request is taken off the window at once, so no later reader gets a spent response.
 */
export function takeEarlyConfigRequest(): typeof fetch | undefined {
  const request: unknown = Reflect.get(window, EARLY_CONFIG_REQUEST);
  Reflect.deleteProperty(window, EARLY_CONFIG_REQUEST);
  if (!(request instanceof Promise)) return undefined;
  let early: Promise<unknown> | undefined = request;
  return (input, init) => {
    const answer = early;
    early = undefined;
    if (!answer) return fetch(input, init);
    return answer.then((response) => {
      if (response instanceof Response) return response;
      throw new TypeError('config.json: the early request gave no response');
    });
  };
}
