// Admin page: shows where the API points and links to the public trigger.
import { useState } from 'react';

const RESIZE_TRIGGER_URL = 'https://image-resize-pmqdxkwzta.cn-hangzhou.fcapp.run';

export function Dashboard({ endpoint, onSave }) {
  const [draft, setDraft] = useState(endpoint);

  return (
    <main className="dashboard">
      <h1>Function Compute</h1>
      <label>
        API endpoint
        <input
          name="endpoint"
          value={draft}
          placeholder="https://<account-id>.cn-hangzhou.fc.aliyuncs.com"
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button type="button" onClick={() => onSave(draft)}>
        Save
      </button>
      <p>
        Staging still calls <code>5123894401827365.cn-hangzou.fc.aliyuncs.com</code> until the migration ends.
      </p>
      <a href={RESIZE_TRIGGER_URL} target="_blank" rel="noreferrer">
        Open the resize trigger
      </a>
    </main>
  );
}
