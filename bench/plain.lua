-- A plain GET of the URL given to wrk, with the same done() report as the other scripts.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
