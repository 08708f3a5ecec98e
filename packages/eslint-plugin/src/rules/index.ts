// One import per rule; the plugin and the docs generator read the rules from here.
import noHardcodedEndpoint from './no-hardcoded-endpoint.js';
import validEndpoint from './valid-endpoint.js';

export const rules = {
  'no-hardcoded-endpoint': noHardcodedEndpoint,
  'valid-endpoint': validEndpoint,
};
