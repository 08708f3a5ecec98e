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

/**
 * More FC codes that other services return under the same name, each with a public document. Real code that talks to
 * those services compares them with `err.code` too (AWS SDK v2 puts the error type there).
 */
export const FC_CODES_OF_OTHER_SERVICES: readonly { code: string; services: string; sources: readonly string[] }[] = [
  {
    code: 'IdempotentParameterMismatch',
    services: 'Amazon EC2 (common client error), other Alibaba Cloud OpenAPIs (e.g. PolarDB-X)',
    sources: ['https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html'],
  },
  {
    code: 'ServiceNotFound',
    services: 'AWS Cloud Map (GetService, DeleteService, RegisterInstance)',
    sources: ['https://docs.aws.amazon.com/cloud-map/latest/api/API_GetService.html'],
  },
  {
    code: 'ServiceAlreadyExists',
    services: 'AWS Cloud Map (CreateService)',
    sources: ['https://docs.aws.amazon.com/cloud-map/latest/api/API_CreateService.html'],
  },
];

const SHARED_CODES: ReadonlySet<string> = new Set([
  ...CODES_SHARED_WITH_OTHER_SERVICES,
  ...FC_CODES_OF_OTHER_SERVICES.map((entry) => entry.code),
]);

/** An FC code no other well-known service returns: comparing a value with it says the value is an FC code. */
export function isFcOnlyCode(value: string): boolean {
  return isErrorCode(value) && !SHARED_CODES.has(value);
}

/**
 * Real error codes of other widely used services that sit within letter case or two edits of an FC code. The rule
 * never reports them as FC misspellings: a file can talk to OSS or S3 and to FC, and the code alone cannot tell which
 * service an error came from. Only codes a public document shows belong here, each with that document.
 */
export const OTHER_SERVICE_CODES: readonly { code: string; services: string; sources: readonly string[] }[] = [
  {
    // FC: InvalidAccessKeyID (letter case only).
    code: 'InvalidAccessKeyId',
    services: 'Amazon S3, Alibaba Cloud OSS, Huawei OBS, Volcengine IAM',
    sources: [
      'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html',
      'https://www.alibabacloud.com/help/en/oss/the-the-oss-access-key-id-you-provided-does-not-exist-in-our-records-error-message-is-returned',
      'https://support.huaweicloud.com/intl/es-us/api-obs/obs_errorcode_0009.html',
      'https://www.volcengine.com/docs/6257/64992',
    ],
  },
  {
    // FC: InvalidAccessKeyID (two edits).
    code: 'InvalidAccessKey',
    services: 'Volcengine / BytePlus OpenAPI (common error 100009)',
    sources: ['https://docs.byteplus.com/byteplus-platform/reference/common-error-codes'],
  },
];

const CODES: ReadonlySet<string> = new Set(OTHER_SERVICE_CODES.map((entry) => entry.code));

/** True for a code another service really returns, so a near miss or a case difference from an FC code is no typo. */
export function isOtherServiceCode(value: string): boolean {
  return CODES.has(value);
}
