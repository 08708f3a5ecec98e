// One import per rule; the plugin and the docs generator read the rules from here.
import noHardcodedEndpoint from './no-hardcoded-endpoint.js';
import noUnhandledErrorCode from './no-unhandled-error-code.js';
import validEndpoint from './valid-endpoint.js';
import validErrorCode from './valid-error-code.js';

export const rules = {
  'no-hardcoded-endpoint': noHardcodedEndpoint,
  'no-unhandled-error-code': noUnhandledErrorCode,
  'valid-endpoint': validEndpoint,
  'valid-error-code': validErrorCode,
};
