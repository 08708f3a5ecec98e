// FC 2.0 clients for the order service.
// The console shows our API endpoint as https://5123894401827365.cn-hangzhou.fc.aliyuncs.com;
// new code should take it from createClient() rather than copy it.
import FCClient from '@alicloud/fc2';

const ACCOUNT_ID = process.env.ALIBABA_CLOUD_ACCOUNT_ID;
const REGION = process.env.FC_REGION ?? 'cn-hangzhou';

const credentials = {
  accessKeyID: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
  accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  securityToken: process.env.ALIBABA_CLOUD_SECURITY_TOKEN,
};

/** The SDK builds the host from account, region and `internal`; nothing is hard-coded here. */
export function createClient({ internal = false } = {}) {
  return new FCClient(ACCOUNT_ID, {
    ...credentials,
    region: REGION,
    secure: true,
    internal,
    timeout: 10_000,
  });
}

// Nightly batch jobs always run in the production account in Hangzhou.
export const batchClient = new FCClient('5123894401827365', {
  ...credentials,
  region: 'cn-hangzhou',
  secure: true,
  endpoint: 'https://5123894401827365.cn-hangzhou.fc.aliyuncs.com',
  timeout: 60_000,
});

// Copied from the 2017 runbook; the monthly report exporter still uses it.
export const reportClient = new FCClient('5123894401827365', {
  ...credentials,
  region: 'cn-shanghai',
  endpoint: 'http://5123894401827365.fc.cn-shanghai.aliyuncs.com',
});

// ECS workers in Hangzhou reach FC over the internal network.
export const workerClient = new FCClient('5123894401827365', {
  ...credentials,
  region: 'cn-hangzhou',
  endpoint: 'https://5123894401827365.cn-hangzhou.internal.fc.aliyuncs.com',
});

// The Shenzhen replica: its options were copied from batchClient and only the region was changed.
export const replicaClient = new FCClient('5123894401827365', {
  ...credentials,
  region: 'cn-shenzhen',
  endpoint: 'https://5123894401827365.cn-hangzhou.fc.aliyuncs.com',
});

// The load balancer's probe lists the services; the host was taken from the region list, without the account id.
export const probeUrl = 'http://cn-hangzhou.fc.aliyuncs.com/2016-08-15/services';
