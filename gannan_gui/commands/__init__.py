"""One module per subcommand, each with `run(args) -> exit code`; `gannan_gui.cli` parses the
command line and calls the right one. Errors a user can cause end as one line and
EXIT_FAILURE (see :mod:`gannan_gui.common.errors`)."""
