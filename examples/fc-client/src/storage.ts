// Build artefacts go to OSS through its S3-compatible API; access logs go to SLS.
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';

const OSS_ENDPOINT = 'https://oss-cn-hangzhou.aliyuncs.com';
const OSS_INTERNAL_ENDPOINT = 'https://oss-cn-hangzhou-internal.aliyuncs.com';
export const SLS_ENDPOINT = 'cn-hangzhou.log.aliyuncs.com';

export const artefacts = new S3Client({
  region: 'oss-cn-hangzhou',
  endpoint: process.env.RUNS_ON_ECS ? OSS_INTERNAL_ENDPOINT : OSS_ENDPOINT,
});

export type StorageFailure = 'auth' | 'missing' | 'other';

/** S3 error codes, not FC ones: note the spelling of InvalidAccessKeyId. */
export function classifyStorageError(err: { Code?: string }): StorageFailure {
  switch (err.Code) {
    case 'InvalidAccessKeyId':
    case 'SignatureDoesNotMatch':
      return 'auth';
    case 'NoSuchKey':
    case 'NoSuchBucket':
      return 'missing';
    default:
      return 'other';
  }
}

export async function readArtefact(key: string): Promise<Uint8Array | undefined> {
  try {
    const object = await artefacts.send(new GetObjectCommand({ Bucket: 'fc-artefacts', Key: key }));
    return await object.Body?.transformToByteArray();
  } catch (err) {
    if (classifyStorageError(err as { Code?: string }) === 'missing') return undefined;
    throw err;
  }
}
