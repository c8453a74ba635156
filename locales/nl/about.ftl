# The About screen, reached from the footer of every screen.

about-open = Over Rolspiegel
about-heading = Over Rolspiegel
about-version = Dit is Rolspiegel versie { $version }.
about-what = Rolspiegel laat je zien hoe je de drie rollen Bureaucraat, Ondernemer en Verbinder mengt. Je kunt je uitslagen bewaren, vergelijken en bespreken.
about-lists-heading = Lijsten met stellingen in deze versie
about-list = Lijst { $version } over hoe je werkt: { $statements } stellingen{ $current ->
    [yes] . Een nieuwe scan gebruikt deze lijst.
   *[no] .
}
about-situation-list = Situatielijst { $version }: { $statements } zinnen{ $current ->
    [yes] . Een nieuwe situatie gebruikt deze lijst.
   *[no] .
}
about-data-heading = Waar staan je gegevens?
about-folder = Je gegevens staan in de map { $folder }, in het bestand { $file }. Daar staan ook de reservekopieën die Rolspiegel maakt voor een update.
about-no-folder = Rolspiegel kan nu niets bewaren op deze computer. Je gegevens staan alleen in het geheugen, tot je de app sluit.
about-private = Rolspiegel heeft geen account en maakt geen verbinding met internet. Je gegevens blijven op deze computer.
about-log = Rolspiegel houdt een logboek bij in { $file }. Heb je een vraag of een probleem? Stuur het logboek dan mee. Er staan geen antwoorden, namen of teksten van jou in.
about-open-folder = Open de map
about-folder-opened = De map is geopend in je bestandsbeheer.
about-source-heading = Bron en licentie
about-roles-source = De drie rollen komen uit het boek De ideale ambtenaar van Ronald Derks en Bas van Leeuwen. De stellingen en teksten in Rolspiegel zijn eigen teksten. Rolspiegel is geen officiële test van het boek.
about-licence = Rolspiegel is vrije software onder de European Union Public Licence (EUPL), versie 1.2.
