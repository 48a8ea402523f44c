import * as assert from 'node:assert';
import { decodeReply, encodeLists, runAnalysis, transferables } from '../../src/analysisProtocol';
import { analyze } from '../../src/core/analyze';
import { applyAnnotations } from '../../src/core/annotations';
import { encodeSemanticTokens, semanticRanges } from '../../src/core/output/semanticEncoding';

describe('the analysis worker protocol', () => {
  const text = 'ELMDALE — “We will build it,” said Ada Quill, the mayor of Elmdale. Quill smiled.\n\n“Not here,” a police spokesman said.';

  it('the extension decodes the analysis the worker computed', async () => {
    const reply = runAnalysis({ id: 7, text });
    assert.strictEqual(reply.id, 7);
    assert.strictEqual(reply.tokens, undefined, 'no tokens unless asked');
    assert.strictEqual(reply.annotated, undefined, 'no annotated analysis unless asked');
    assert.deepStrictEqual((await decodeReply(reply)).analysis, JSON.parse(JSON.stringify(analyze(text))));
  });

  it('for the views, the worker applies the annotations and encodes the semantic tokens, which are transferred', async () => {
    const quote = { start: text.indexOf('“Not'), end: text.indexOf('”', text.indexOf('“Not')) + 1 };
    const annotations = {
      entities: [],
      quotes: [{ id: 'q1', ...quote, text: text.slice(quote.start, quote.end), before: '', after: '', status: 'manual' as const, kind: 'not-a-quote' as const }],
    };
    const reply = runAnalysis({ id: 1, text, views: { annotations, entities: true, quotes: false } });
    const annotated = applyAnnotations(analyze(text), annotations);
    const expected = encodeSemanticTokens(text, semanticRanges(annotated, { entities: true, quotes: false }));
    assert.ok(reply.tokens instanceof Uint32Array && reply.tokens.length > 0);
    assert.deepStrictEqual([...reply.tokens!], expected);
    assert.deepStrictEqual(transferables(reply), [reply.tokens!.buffer]);
    const decoded = await decodeReply(reply);
    assert.deepStrictEqual(decoded.annotated, JSON.parse(JSON.stringify(annotated)));
    assert.strictEqual(decoded.annotated!.rejected.quotes.length, 1, 'the annotation applied');
  });

  it('with the annotations applied by the worker, the plain analysis is parsed only when it is read', async () => {
    const reply = runAnalysis({ id: 1, text, views: { annotations: { entities: [], quotes: [] }, entities: true, quotes: false } });
    const decoded = await decodeReply(reply);
    assert.deepStrictEqual(decoded.analysis, JSON.parse(JSON.stringify(analyze(text))));
    const unread = await decodeReply({ ...reply, analysis: { entities: ['not JSON'], quotes: [], findings: [] } });
    assert.ok(unread.annotated!.entities.length > 0, 'what the views show is parsed');
    assert.throws(() => unread.analysis.entities, SyntaxError, 'the plain analysis is parsed when read');
  });

  it('a long analysis comes in parts, decoded in short tasks that let the host do other work in between', async () => {
    // Far more than one slice of decoding on any machine: 50,000 findings are megabytes of JSON.
    const findings = Array.from({ length: 50_000 }, (_, i) => ({ kind: 'unattributed-quote' as const, start: i * 10, end: i * 10 + 5, message: `Quotation ${i} has no speaker.` }));
    const wire = encodeLists({ entities: [], quotes: [], findings });
    assert.ok(wire.findings.length > 10, `${wire.findings.length} parts`);
    let otherTasks = 0;
    const interval = setInterval(() => otherTasks++, 0);
    const decoded = await decodeReply({ id: 1, analysis: wire });
    clearInterval(interval);
    // Decoded in one task, as one structured clone was, no timer could run in between.
    assert.ok(otherTasks > 0, 'other tasks ran while the analysis was decoded');
    assert.deepStrictEqual(decoded.analysis.findings, findings);
  });
});
