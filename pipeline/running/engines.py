"""Where batches of articles are processed: in this process, in a local process pool, or on Dask.

Every engine maps :func:`process_batch` over batches and yields results in input order;
each worker loads the spaCy pipeline once and keeps it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import multiprocessing
import signal
import weakref
from collections import deque
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple

if TYPE_CHECKING:  # spaCy is imported only when a batch needs the pipeline: a re-run with nothing new starts at once
    from spacy.language import Language


class Task(NamedTuple):
    """What a worker needs to process one article."""

    article_id: str
    text: str
    published: dt.date | None


class Outcome(NamedTuple):
    """The rows one article produced, or why it failed."""

    article_id: str
    rows: dict[str, list[dict]] | None
    error: str | None = None


# Text the model takes in one pass. Its token-to-vector step needs working memory in proportion to the
# pass (a 100,000-character pass raised the process's peak by ~310 MB, a 25,000-character one by ~120 MB),
# and a heap that held large passes fragments, so the peak grows during a run. Small passes keep it flat,
# whatever the articles' sizes, for some speed: the parser and NER like many articles at once (about 4% of
# a run; docs/performance.md).
MAX_PIPE_CHARS = 25_000


def process_batch(nlp: Language, tasks: list[Task], *, batch_size: int = 64) -> list[Outcome]:
    """Run the pipeline over a batch; an article that breaks a stage fails alone.

    The model takes the batch in passes of at most ``batch_size`` articles and about
    MAX_PIPE_CHARS characters, and each Doc becomes rows as soon as it leaves the pipeline,
    so memory does not depend on how long articles happen to cluster in one batch."""
    zone = _zone_of(nlp)
    outcomes: list[Outcome] = []
    try:
        for group in _by_size(tasks, batch_size, MAX_PIPE_CHARS):
            outcomes.extend(_process_group(nlp, group))
    finally:
        zone.articles += len(tasks)
        if zone.articles >= ZONE_ARTICLES:
            close_zone(nlp)
    return outcomes


# --- vocabulary zones ----------------------------------------------------------------------------------
# Every article adds words to the model's vocabulary (names, numbers, misspellings), which would grow with the
# corpus. Batches run inside one of spaCy's memory zones, which frees them; a zone spans this many articles,
# since the batches after it must build again every word it freed (with a zone per pass of the model, the
# benchmark's 300 articles built 42,000 words instead of 18,000: about 3% of the run's time).
ZONE_ARTICLES = 1_000


class _Zone:
    def __init__(self, nlp: Language):
        self.exits = contextlib.ExitStack()
        self.exits.enter_context(nlp.memory_zone())
        self.articles = 0


_ZONES: "weakref.WeakKeyDictionary[Language, _Zone]" = weakref.WeakKeyDictionary()


def _zone_of(nlp: Language) -> _Zone:
    zone = _ZONES.get(nlp)
    if zone is None:
        zone = _ZONES[nlp] = _Zone(nlp)
    return zone


def close_zone(nlp: Language) -> None:
    """Free the words the pipeline's open zone holds (no Doc made in it may be used afterwards)."""
    zone = _ZONES.pop(nlp, None)
    if zone is not None:
        zone.exits.close()


def _by_size(tasks: list[Task], most: int, chars: int) -> Iterator[list[Task]]:
    group: list[Task] = []
    size = 0
    for task in tasks:
        if group and (len(group) >= most or size + len(task.text) > chars):
            yield group
            group, size = [], 0
        group.append(task)
        size += len(task.text)
    if group:
        yield group


def _process_group(nlp: Language, tasks: list[Task]) -> list[Outcome]:
    from pipeline.nlp import make_doc
    from pipeline.output.rows import doc_rows

    try:
        docs = (make_doc(nlp, task.text, published=task.published, article_id=task.article_id) for task in tasks)
        return [Outcome(task.article_id, doc_rows(doc, task.article_id))
                for task, doc in zip(tasks, nlp.pipe(docs, batch_size=len(tasks)))]
    except Exception:  # one bad article must not sink its group: redo one by one to find it
        return [_process_one(nlp, task) for task in tasks]


def _process_one(nlp: Language, task: Task) -> Outcome:
    from pipeline.nlp import make_doc
    from pipeline.output.rows import doc_rows

    try:
        doc = nlp(make_doc(nlp, task.text, published=task.published, article_id=task.article_id))
        return Outcome(task.article_id, doc_rows(doc, task.article_id))
    except Exception as exc:  # reported in the articles table, never raised
        return Outcome(task.article_id, None, f"pipeline error: {type(exc).__name__}: {exc}")


# --- local engine --------------------------------------------------------------------------

_WORKER_NLP: Language | None = None
WARM_UP_TEXT = "Kremlin spokesman Dmitry Peskov said on Tuesday that talks in Istanbul would resume."


GC_YOUNG_THRESHOLD = 10_000  # new objects between two collections of the youngest generation (Python's default: 700)


def settle(nlp: Language) -> Language:
    """Ready a loaded pipeline for a long run: its stages load their lexicons lazily, so one short
    text loads them now (once, before any fork); then everything loaded so far is moved out of the
    garbage collector's sight (``gc.freeze``), so that its full passes, which would otherwise walk
    the model's million objects again and again, see only what the articles create. Frozen objects
    are also never written to by the collector, which keeps forked workers' memory shared.

    Only the young generations are collected first: loading leaves its garbage there (the model's
    tables live on; a full collection found nothing to free and took 0.04 s). And the collector's first
    generation is run every GC_YOUNG_THRESHOLD new objects rather than Python's 700: a Doc's stages make
    tens of thousands of short-lived objects with few cycles, and at 700 the collector ran about 600 times
    over the benchmark's 300 articles (0.1 s) to free next to nothing."""
    nlp(WARM_UP_TEXT)
    gc.collect(1)
    gc.freeze()
    young, older, oldest = gc.get_threshold()
    gc.set_threshold(max(young, GC_YOUNG_THRESHOLD), older, oldest)
    return nlp


def one_blas_thread():
    """A context in which numpy's BLAS computes on the calling thread only. Each worker owns a core: a BLAS that
    started threads of its own (OpenBLAS starts one per core) would compete with the other workers, and a run
    with ``--workers 1`` would not be one core's work."""
    import numpy  # noqa: F401  (loads numpy's BLAS: the limit applies to the libraries loaded so far)
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


# glibc's malloc as Dask's nanny sets it up (MALLOC_TRIM_THRESHOLD_=65536, to hand freed memory back at once)
# maps and unmaps nearly every array the model makes, which cost its workers about 20% more CPU for the same
# articles. A process that runs the model asks instead that arrays of 4 MiB or more be mapped (their memory is
# returned when freed) and smaller ones come from the heap, which may keep up to 128 MiB free at its top.
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # mallopt(3) parameters
MALLOC_SETTINGS = {M_TRIM_THRESHOLD: 128 << 20, M_MMAP_THRESHOLD: 4 << 20}


def tune_malloc() -> bool:
    """Apply MALLOC_SETTINGS to this process; False where the C library has no ``mallopt`` (not glibc)."""
    import ctypes
    import ctypes.util

    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return all([mallopt(option, value) == 1 for option, value in MALLOC_SETTINGS.items()])


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop


def _worker_process(tasks: list[Task]) -> list[Outcome]:
    return process_batch(_WORKER_NLP, tasks)


class LocalEngine:
    """In this process (workers=1) or a pool of forked processes sharing the loaded pipeline.

    ``nlp`` is a loaded pipeline or a function that loads one: it is called only when the
    first batch with something to process arrives, so a re-run with nothing new starts at once.
    """

    def __init__(self, nlp: Language | Callable[[], Language], *, workers: int = 1):
        self._nlp = nlp
        self._settled = False
        self.workers = max(1, workers)

    @property
    def nlp(self) -> Language:
        if not hasattr(self._nlp, "pipe_names"):  # a loader, not a loaded pipeline
            self._nlp = self._nlp()
        if not self._settled:
            settle(self._nlp)
            self._settled = True
        return self._nlp

    def map(self, batches: Iterable[list[Task]]) -> Iterator[list[Outcome]]:
        batches = iter(batches)
        for batch in batches:  # batches with nothing to process need no pipeline
            if batch:
                batches = itertools.chain([batch], batches)
                break
            yield []
        else:
            return
        with one_blas_thread():  # forked workers inherit the limit
            yield from self._map(batches)

    def _map(self, batches: Iterator[list[Task]]) -> Iterator[list[Outcome]]:
        if self.workers == 1:
            try:
                yield from (process_batch(self.nlp, batch) for batch in batches)
            finally:
                close_zone(self.nlp)  # the pipeline may serve other callers after the run
            return
        global _WORKER_NLP
        _WORKER_NLP = self.nlp  # inherited by the forked workers: loaded once, shared copy-on-write
        context = multiprocessing.get_context("fork")
        with context.Pool(self.workers, initializer=_worker_init) as pool:
            yield from _windowed(batches, lambda batch: pool.apply_async(_worker_process, (batch,)),
                                 lambda result: result.get(), 4 * self.workers, pieces=2 * self.workers)


# --- Dask engine ---------------------------------------------------------------------------

def _dask_process(tasks: list[Task], model: str) -> list[Outcome]:
    from distributed import get_worker

    from pipeline.nlp import load

    worker = get_worker()
    cached = getattr(worker, "_parley_nlp", None)
    if cached is None or cached[0] != model:
        one_blas_thread()  # for the rest of the worker's life: its tasks each run on one thread
        tune_malloc()
        cached = (model, settle(load(model)))
        worker._parley_nlp = cached
    return process_batch(cached[1], tasks)


class DaskEngine:
    """Batches sent to a Dask distributed cluster; each worker loads the model once."""

    def __init__(self, model: str, *, scheduler: str | None = None, client=None, in_flight: int = 8):
        if client is None and not scheduler:
            raise ValueError("the dask engine needs --scheduler ADDRESS (or a Client)")
        if client is None:
            from distributed import Client

            client = Client(scheduler)
        self.client = client
        self.model = model
        self.in_flight = in_flight

    def map(self, batches: Iterable[list[Task]]) -> Iterator[list[Outcome]]:
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        yield from _windowed(batches, lambda batch: self.client.submit(_dask_process, batch, self.model, pure=False),
                             lambda future: future.result(), max(self.in_flight, 4 * workers), pieces=2 * workers)


def _windowed(batches, submit, collect, window: int, *, pieces: int = 1) -> Iterator[list[Outcome]]:
    """Submit work at most ``window`` pieces ahead and yield each batch's outcomes in order.

    Each batch is cut into ``pieces`` parts so that the last batches of a run keep every
    worker busy (a run of five batches on two workers would otherwise end on one); the
    outcomes of a batch are put back together, so the caller still writes one part per batch.
    Memory stays flat whatever the corpus size.
    """
    pending: deque = deque()  # one list of submitted pieces per batch, oldest first
    in_flight = 0
    for batch in batches:
        handles = [submit(piece) for piece in _cut(batch, pieces)]
        pending.append(handles)
        in_flight += len(handles)
        while in_flight >= window and len(pending) > 1:
            done = pending.popleft()
            in_flight -= len(done)
            yield [outcome for handle in done for outcome in collect(handle)]
    while pending:
        yield [outcome for handle in pending.popleft() for outcome in collect(handle)]


def _cut(batch: list[Task], pieces: int) -> list[list[Task]]:
    """``batch`` in up to ``pieces`` consecutive parts of nearly equal size (an empty batch stays one part)."""
    pieces = max(1, min(pieces, len(batch)))
    size, extra = divmod(len(batch), pieces)
    bounds = [i * size + min(i, extra) for i in range(pieces + 1)]
    return [batch[bounds[i]:bounds[i + 1]] for i in range(pieces)]
