import { compareSentences, toSentences } from './compare.ts';

/** The sentence diff, off the page's main thread: a whole-report comparison takes a while. */
self.addEventListener(
  'message',
  (event: MessageEvent<{ a: [string, string][]; b: [string, string][] }>) => {
    self.postMessage(compareSentences(toSentences(event.data.a), toSentences(event.data.b)));
  },
);
