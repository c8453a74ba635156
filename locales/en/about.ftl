# The About screen, reached from the footer of every screen.

about-open = About Rolspiegel
about-heading = About Rolspiegel
about-version = This is Rolspiegel version { $version }.
about-what = Rolspiegel shows you how you mix the three roles Bureaucraat, Ondernemer and Verbinder. You can keep, compare and discuss your results.
about-lists-heading = Statement lists in this version
about-list = List { $version } about how you work: { $statements } statements{ $current ->
    [yes] . A new scan uses this list.
   *[no] .
}
about-situation-list = Situation list { $version }: { $statements } sentences{ $current ->
    [yes] . A new situation uses this list.
   *[no] .
}
about-data-heading = Where is your data?
about-folder = Your data is in the folder { $folder }, in the file { $file }. The backups Rolspiegel makes before an update are there too.
about-no-folder = Rolspiegel cannot save anything on this computer now. Your data is only in memory until you close the app.
about-private = Rolspiegel has no account and does not connect to the internet. Your data stays on this computer.
about-log = Rolspiegel keeps a log in { $file }. Do you have a question or a problem? Then send the log along. It holds no answers, names or texts of yours.
about-open-folder = Open the folder
about-folder-opened = The folder is opened in your file manager.
about-source-heading = Source and licence
about-roles-source = The three roles come from the book De ideale ambtenaar by Ronald Derks and Bas van Leeuwen. The statements and texts in Rolspiegel are its own. Rolspiegel is not the book's official test.
about-licence = Rolspiegel is free software under the European Union Public Licence (EUPL), version 1.2.
