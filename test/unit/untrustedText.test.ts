import * as assert from 'node:assert';
import { labelText, messageText } from '../../src/untrustedText';

/** VS Code's notification link syntax (vs/base/common/linkedText.ts). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;

describe('text from files in VS Code messages and labels', () => {
  for (const name of ['[run](command:workbench.action.quit)', '[a](https://x.example "t")', 'x [y](file:///etc/passwd) z', '[[a]](command:b)']) {
    it(`a notification shows ${name} as written, without a link`, () => {
      const message = messageText(`Exported ${name}.`);
      assert.doesNotMatch(message, NOTIFICATION_LINK);
      assert.strictEqual(message.replace(/\u200b/g, ''), `Exported ${name}.`);
    });
  }
  it('plain names are untouched', () => assert.strictEqual(messageText('Ada Quill (mayor) [draft].txt'), 'Ada Quill (mayor) [draft].txt'));
  it('icons in quick pick labels are escaped', () => assert.strictEqual(labelText('Ada $(zap) Quill $(x)'), 'Ada \\$(zap) Quill \\$(x)'));
});
