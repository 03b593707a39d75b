import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps a long export's memory flat. V8 lets its heap grow to several times what is alive before
 * it collects; an export that reads a million responses a batch at a time makes garbage at every
 * batch, and the process would grow to hundreds of megabytes with only one batch alive. After each
 * batch, `settle` collects in full once the heap has grown by `slack` bytes since the last time,
 * so the heap stays within one batch and the slack of what it was when the export began.
 */
export function heapKeeper(slack = 24 * 1024 * 1024): { settle(): void } {
  const collect = fullCollection();
  let floor = getHeapStatistics().used_heap_size;
  return {
    settle() {
      if (getHeapStatistics().used_heap_size - floor < slack) return;
      collect();
      floor = getHeapStatistics().used_heap_size;
    },
  };
}

let collector: (() => void) | undefined;

/**
 * V8's full collection as a function. The flag that exposes it is set for contexts made afterwards
 * only; the process's own global object is left as it was.
 */
function fullCollection(): () => void {
  if (collector === undefined) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  return collector;
}
