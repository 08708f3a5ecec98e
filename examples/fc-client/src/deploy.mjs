// Deploys the image-resize function with the FC 3.0 API (@alicloud/fc20230330).
import FC20230330, * as $FC from '@alicloud/fc20230330';
import * as $OpenApi from '@alicloud/openapi-client';

const FcClient = FC20230330.default ?? FC20230330;
const regionId = process.env.FC_REGION ?? 'cn-hangzhou';

// Disaster-recovery copy, set up in 2023; the SDK's endpoint map still lists the region.
const DR_ENDPOINT = 'fcv3.ap-southeast-2.aliyuncs.com';

function createFc3Client(endpoint) {
  const config = new $OpenApi.Config({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    regionId,
  });
  config.endpoint = endpoint;
  return new FcClient(config);
}

const functionInput = new $FC.CreateFunctionInput({
  functionName: 'image-resize',
  runtime: 'nodejs20',
  handler: 'index.handler',
  memorySize: 512,
  timeout: 30,
  code: new $FC.InputCodeLocation({
    ossBucketName: 'fc-artefacts',
    ossObjectName: `image-resize/${process.env.GIT_SHA}.zip`,
  }),
});

async function deployTo(client) {
  try {
    await client.createFunction(new $FC.CreateFunctionRequest({ body: functionInput }));
  } catch (err) {
    if (err.code !== 'FunctionAlreadyExists') throw err;
    await client.updateFunction('image-resize', new $FC.UpdateFunctionRequest({ body: functionInput }));
  }
}

await deployTo(createFc3Client(`fcv3.${regionId}.aliyuncs.com`));
if (process.env.DEPLOY_DR === '1') await deployTo(createFc3Client(DR_ENDPOINT));
