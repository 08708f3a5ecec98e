import type { FileType } from './lint/protocol.js';

// Short, realistic FC client code with the two mistakes the rules exist for: a misspelled region in a host and a
// misspelled error code. Each file type gets its own example so TS and JSX syntax show up too.

const js = `// Order service: calls the "process-order" function in Shanghai.
import FC from '@alicloud/fc2';

const client = new FC(process.env.ALIBABA_CLOUD_ACCOUNT_ID, {
  accessKeyID: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
  accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  region: 'cn-shanghai',
  endpoint: 'https://1234567890123456.cn-shangai.fc.aliyuncs.com',
});

export async function processOrder(order) {
  try {
    return await client.invokeFunction('orders', 'process-order', JSON.stringify(order));
  } catch (err) {
    if (err.code === 'ResourceExhaused') {
      return { retryLater: true }; // throttled: the queue tries again
    }
    throw err;
  }
}
`;

const ts = `// Order service: calls the "process-order" function in Shanghai.
import FC from '@alicloud/fc2';

interface Order {
  readonly id: string;
  readonly items: readonly string[];
}

const client = new FC(process.env.ALIBABA_CLOUD_ACCOUNT_ID!, {
  accessKeyID: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID!,
  accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET!,
  region: 'cn-shanghai',
  endpoint: 'https://1234567890123456.cn-shangai.fc.aliyuncs.com',
});

export async function processOrder(order: Order): Promise<unknown> {
  try {
    return await client.invokeFunction('orders', 'process-order', JSON.stringify(order));
  } catch (err) {
    if ((err as { code?: string }).code === 'ResourceExhaused') {
      return { retryLater: true } as const; // throttled: the queue tries again
    }
    throw err;
  }
}
`;

const jsx = `// Admin page: links to the HTTP trigger of each deployed function.
import { FcError } from '@fc-atlas/catalog';

export function TriggerLink({ name, error }) {
  if (error instanceof FcError && error.code === 'FunctionNotFund') {
    return <p>{name} is not deployed yet.</p>;
  }
  return (
    <a href="https://orders-process-abcd.cn-hangzou.fcapp.run/invoke">
      Run {name} now
    </a>
  );
}
`;

const tsx = `// Admin page: links to the HTTP trigger of each deployed function.
import { FcError } from '@fc-atlas/catalog';

interface Props {
  readonly name: string;
  readonly error?: unknown;
}

export function TriggerLink({ name, error }: Props) {
  if (error instanceof FcError && error.code === 'FunctionNotFund') {
    return <p>{name} is not deployed yet.</p>;
  }
  return (
    <a href="https://orders-process-abcd.cn-hangzou.fcapp.run/invoke">
      Run {name} now
    </a>
  );
}
`;

export const examples: Readonly<Record<FileType, string>> = { js, ts, jsx, tsx };

/** True when `code` is one of the untouched examples, so switching file type may swap it for that type's example. */
export const isExample = (code: string): boolean => Object.values(examples).includes(code);
