## Het rapport (PDF) om mee te nemen naar een coach, een loopbaangesprek of je
## leidinggevende, en het groepsrapport voor een begeleider.

report-save = Bewaar als rapport (PDF)
report-group-save = Bewaar groepsrapport (PDF)
dialog-save-report = Rapport bewaren
dialog-filter-pdf = PDF-document
file-name-report = rapport
file-name-compare-report = vergelijking
file-name-group-report = groepsrapport

report-title = Jouw mix in Rolspiegel
report-footer = { $title } · pagina { $page } van { $pages }
report-made = Gemaakt op { $date } met Rolspiegel.
report-label = Je naam voor deze uitslag: { $label }
report-list = Lijst met stellingen: versie { $version }.
report-mix-heading = Wat zegt je mix?
report-reflections-none = Je hebt de vragen nog niet beantwoord.
report-goal-role = De rol waarin je wilt groeien: { $role }
report-goal-review = Je kijkt er opnieuw naar op { $date }.
report-goal-none = Je hebt nog geen ontwikkeldoel gekozen.
report-note-heading = Wat de scores wel en niet zeggen
report-note = De scores komen uit je eigen antwoorden, op één moment. Ze laten zien hoe sterk je elke rol nu herkent in je werk. Ze zeggen niet hoe goed je bent. Er is ook geen goede of foute mix. Op een andere dag, of met een ander werk in gedachten, kunnen je scores anders zijn. Gebruik de uitslag om over je werk te praten. Gebruik hem niet om iemand te beoordelen.
report-trend-label = Lijndiagram van de scores per rol door de tijd.
report-group-title = Groepsrapport: { $name }
report-group-anonymous = Dit rapport noemt geen namen. Het laat alleen cijfers van de hele groep zien, en alleen als er minstens { $min } uitslagen zijn.
report-group-means = Gemiddelde scores: { role-bureaucraat-name } { NUMBER($bureaucraat, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { role-ondernemer-name } { NUMBER($ondernemer, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { role-verbinder-name } { NUMBER($verbinder, minimumFractionDigits: 1, maximumFractionDigits: 1) }.
report-group-mixmap-label-shape = Driehoek met { $count } deelnemers als vlakken: hoe donkerder, hoe meer deelnemers. Het midden van de groep is een kruis.
report-group-spread-label-shape = Staafjes per rol voor { $count } deelnemers, met het gemiddelde als streep.
report-group-radar-label-shape = Radardiagram van { $count } deelnemers: per rol een band van laagste tot hoogste score, de middelste helft donkerder, en het gemiddelde als dikke lijn.
report-group-mixmap-label = Driehoek met { $count } deelnemers als stippen en het midden van de groep als kruis.
report-group-spread-label = Stippen per rol voor { $count } deelnemers, met het gemiddelde als streep.
report-group-radar-label = Radardiagram met { $count } deelnemers als dunne lijnen en het gemiddelde als dikke lijn.
