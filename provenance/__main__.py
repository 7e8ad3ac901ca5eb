from provenance.entry import run

run()
