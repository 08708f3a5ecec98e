import { isErrorCode } from '@fc-atlas/catalog';

/**
 * FC codes that other well-known services return under the same name (S3/OSS, Azure Storage, Kubernetes, SLS, HTTP
 * reason phrases). A switch whose only FC codes are these is not evidence of FC code unless the file shows FC context.
 */
const CODES_SHARED_WITH_OTHER_SERVICES: ReadonlySet<string> = new Set([
  'AccessDenied',
  'EntityTooLarge',
  'InternalServerError',
  'InvalidArgument',
  'MalformedPOSTRequest',
  'MissingRequiredHeader',
  'PreconditionFailed',
  'RequestTimeTooSkewed',
  'SignatureNotMatch',
  'UnsupportedMediaType',
]);

/** An FC code no other well-known service returns: comparing a value with it says the value is an FC code. */
export function isFcOnlyCode(value: string): boolean {
  return isErrorCode(value) && !CODES_SHARED_WITH_OTHER_SERVICES.has(value);
}
