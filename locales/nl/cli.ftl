# What `rolspiegel --version` and `rolspiegel --help` print in a terminal.

cli-version = Rolspiegel { $version }
cli-help =
    Rolspiegel { $version }: zie je mix van de rollen Bureaucraat, Ondernemer en Verbinder.

    Gebruik: rolspiegel [OPTIE]

    Zonder optie opent Rolspiegel het venster.

    Opties:
      -h, --help       laat deze hulp zien en stop
      -V, --version    laat de versie zien en stop

    Je gegevens blijven op deze computer. Rolspiegel maakt geen verbinding met internet.
