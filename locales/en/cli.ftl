# What `rolspiegel --version` and `rolspiegel --help` print in a terminal.

cli-version = Rolspiegel { $version }
cli-help =
    Rolspiegel { $version }: see your mix of the roles Bureaucraat, Ondernemer and Verbinder.

    Usage: rolspiegel [OPTION]

    Without an option, Rolspiegel opens its window.

    Options:
      -h, --help       show this help and stop
      -V, --version    show the version and stop

    Your data stays on this computer. Rolspiegel does not connect to the internet.
