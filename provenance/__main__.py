from provenance.cli import main_entry

main_entry()
