import * as assert from 'node:assert';
import { decodeAnalysis, encodeAnalysis, runAnalysis, transferables } from '../../src/analysisProtocol';
import { analyze } from '../../src/core/analyze';
import { applyAnnotations } from '../../src/core/annotations';
import { encodeSemanticTokens, semanticRanges } from '../../src/core/output/semanticEncoding';

describe('the analysis worker protocol', () => {
  const text = 'ELMDALE — “We will build it,” said Ada Quill, the mayor of Elmdale. Quill smiled.\n\n“Not here,” a police spokesman said.';

  it('the extension decodes the analysis the worker computed', async () => {
    const reply = runAnalysis({ id: 7, text });
    assert.strictEqual(reply.id, 7);
    assert.strictEqual(reply.tokens, undefined, 'no tokens unless asked');
    assert.deepStrictEqual(await decodeAnalysis(reply.analysis), JSON.parse(JSON.stringify(analyze(text))));
  });

  it('semantic tokens come encoded from the worker, of the analysis with the annotations applied, and are transferred', () => {
    const annotations = { entities: [], quotes: [] };
    const reply = runAnalysis({ id: 1, text, tokens: { annotations, entities: true, quotes: false } });
    const expected = encodeSemanticTokens(text, semanticRanges(applyAnnotations(analyze(text), annotations), { entities: true, quotes: false }));
    assert.ok(reply.tokens instanceof Uint32Array && reply.tokens.length > 0);
    assert.deepStrictEqual([...reply.tokens!], expected);
    assert.deepStrictEqual(transferables(reply), [reply.tokens!.buffer]);
  });

  it('a long analysis comes in parts, decoded in short tasks that let the host do other work in between', async () => {
    // Far more than one slice of decoding on any machine: 50,000 findings are megabytes of JSON.
    const findings = Array.from({ length: 50_000 }, (_, i) => ({ kind: 'unattributed-quote' as const, start: i * 10, end: i * 10 + 5, message: `Quotation ${i} has no speaker.` }));
    const wire = encodeAnalysis({ entities: [], quotes: [], findings });
    assert.ok(wire.findings.length > 10, `${wire.findings.length} parts`);
    let otherTasks = 0;
    const interval = setInterval(() => otherTasks++, 0);
    const decoded = await decodeAnalysis(wire);
    clearInterval(interval);
    // Decoded in one task, as one structured clone was, no timer could run in between.
    assert.ok(otherTasks > 0, 'other tasks ran while the analysis was decoded');
    assert.deepStrictEqual(decoded.findings, findings);
  });
});
