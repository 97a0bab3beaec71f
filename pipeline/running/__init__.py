"""Running a corpus: ``runner`` reads, cleans, sends batches to an engine and writes what comes back;
``engines`` process batches on one core, a process pool or a Dask cluster.
"""
