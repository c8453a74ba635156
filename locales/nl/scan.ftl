# Stellingen en een uitslag: gedeeld door het venster op de computer en de
# telefoonpagina van een live workshop.

## Stellingen
scan-heading = Stellingen
scan-instructions = Geef bij elke stelling aan hoe goed die bij jou past. Denk aan hoe je nu werkt. Er zijn geen goede of foute antwoorden.
scan-keys = Met het toetsenbord: 1 tot en met 5 kiest een antwoord, 0 is 'Weet ik niet'. Met de pijltjes kies je een ander antwoord. Enter gaat naar de volgende pagina.
scan-page = Pagina { $page } van { $pages }
scan-progress = { $answered } van { $total } stellingen beantwoord
scan-statement-number = Stelling { $number } van { $total }
scan-back = Vorige
scan-next = Volgende
scan-finish = Bekijk je uitslag
scan-stop = Stoppen en later verder
scan-unanswered = { $count ->
    [one] Eén stelling op deze pagina heeft nog geen antwoord.
   *[other] { $count } stellingen op deze pagina hebben nog geen antwoord.
} Kies een antwoord of 'Weet ik niet'.
scan-saved-hint = Elk antwoord wordt meteen bewaard. Je kunt altijd stoppen en later verder gaan.
scale-1 = Helemaal oneens
scale-2 = Oneens
scale-3 = Neutraal
scale-4 = Eens
scale-5 = Helemaal eens
scale-dont-know = Weet ik niet

## Uitslag
result-heading = Jouw mix
result-date = Ingevuld op { $date }
result-chart-label = Radardiagram van je mix. { $roles } Schaal van 0 tot 100.
# One role in the chart's text alternative; $role is its name.
result-chart-role = { $role }: { NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) }.
result-chart-role-margin = { $role }: { NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) }, met een marge van { NUMBER($low, maximumFractionDigits: 0) } tot { NUMBER($high, maximumFractionDigits: 0) }.
result-margin-note = De marge laat zien hoe precies je score is. Je echte score ligt bijna zeker binnen de marge. Scores die dicht bij elkaar liggen, kunnen we niet uit elkaar houden.
result-noise-answers = We schatten de marge uit hoe je antwoorden bij elke rol uiteenlopen. Dat is een voorzichtige schatting: de marge is eerder te ruim dan te krap.
result-noise-centred = We schatten de marge uit hoe je antwoorden afwijken van het gemiddelde antwoord op elke stelling. Dat gemiddelde komt van { $results } uitslagen op deze computer.
result-table-caption = Je scores per rol, op een schaal van 0 tot 100
result-table-role = Rol
result-table-score = Score
result-table-share = Aandeel
result-table-counted = Meegeteld
result-score = { NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) }
# Under a role's name on the radar: the score and its margin ($score is formatted already).
result-axis-value = { $score } ({ NUMBER($low, maximumFractionDigits: 0) }–{ NUMBER($high, maximumFractionDigits: 0) })
result-table-margin = Marge
result-margin = { NUMBER($low, maximumFractionDigits: 0) } tot { NUMBER($high, maximumFractionDigits: 0) }
result-share = { NUMBER($share, maximumFractionDigits: 0) }%
result-counted = { $answered } van { $total }
result-scale-note = Een score van 50 is het midden van de schaal. De scores zeggen hoe sterk je elke rol herkent in je eigen werk. Ze zijn geen cijfer voor hoe goed je bent.
# A mix in degrees (docs/SCORING.md § 7). In these messages $role,
# $highest, $lowest, $higher, $lower and $middle are role names; $sure,
# $highestSure and $lowestSure are "clearly" or "probably".
result-mix-blended = Geen rol springt eruit. De verschillen tussen je scores zijn te klein om te zeggen welke rol sterker is. Je mengt de rollen.
result-mix-highest = De { $role } is { $sure ->
    [clearly] duidelijk
   *[probably] waarschijnlijk
} je sterkste rol. De andere twee rollen liggen te dicht bij elkaar om te zeggen welke van de twee sterker is.
result-mix-lowest = De { $role } herken je { $sure ->
    [clearly] duidelijk
   *[probably] waarschijnlijk
} het minst in je werk. De andere twee rollen liggen te dicht bij elkaar om te zeggen welke je sterkste is.
result-mix-ordered = De { $highest } is { $highestSure ->
    [clearly] duidelijk
   *[probably] waarschijnlijk
} je sterkste rol. De { $lowest } herken je { $lowestSure ->
    [clearly] duidelijk
   *[probably] waarschijnlijk
} het minst in je werk.
result-mix-apart = De { $higher } is { $sure ->
    [clearly] duidelijk
   *[probably] waarschijnlijk
} sterker dan de { $lower }. Waar de { $middle } staat, is niet te zeggen.
result-mix-short-blended = Gemengde mix
result-mix-short-highest = { $sure ->
    [clearly] Vooral { $role }
   *[probably] Waarschijnlijk vooral { $role }
}
result-mix-short-lowest = Minst { $role }
result-mix-short-ordered = { $highestSure ->
    [clearly] Vooral { $highest }, minst { $lowest }
   *[probably] Waarschijnlijk vooral { $highest }, minst { $lowest }
}
result-mix-short-apart = Meer { $higher } dan { $lower }
# $role here is a role key, to choose the advice by.
result-mix-advice-blended = Je gebruikt de rollen naast elkaar. Dat is een kracht, want je kunt wisselen. Kijk in de tabel welke rol het laagst scoort: juist die rol kan je helpen in situaties waarin je nu vastloopt. En vraag je steeds af: welke rol vraagt deze situatie?
result-mix-advice-highest = { $role ->
    [bureaucraat] Je grijpt vaak naar de werkwijze van de { role-bureaucraat-name }. Dat geeft houvast aan jou en aan burgers. Kijk ook naar situaties waarin een { role-ondernemer-name } of een { role-verbinder-name } meer zou opleveren.
    [ondernemer] Je grijpt vaak naar de werkwijze van de { role-ondernemer-name }. Dat brengt vaart en vernieuwing. Kijk ook naar situaties waarin een { role-bureaucraat-name } of een { role-verbinder-name } meer zou opleveren.
   *[verbinder] Je grijpt vaak naar de werkwijze van de { role-verbinder-name }. Dat brengt mensen bij elkaar. Kijk ook naar situaties waarin een { role-bureaucraat-name } of een { role-ondernemer-name } meer zou opleveren.
}
# $role here is a role name.
result-mix-advice-lowest = Naar de werkwijze van de { $role } grijp je minder vaak. Juist die rol kan je helpen in situaties waarin je nu vastloopt. Vraag je steeds af: welke rol vraagt deze situatie?
result-mix-meaning = Iedere ambtenaar mengt de drie rollen. Er is geen goede of foute mix. Het gaat erom dat je weet welke rol een situatie vraagt, en dat je kunt wisselen. Een paspoort aanvragen vraagt om een Bureaucraat. Een wijk verbeteren vraagt ook om een Verbinder en een Ondernemer.
result-roles-heading = De drie rollen
result-role-stands-for = Waar staat deze rol voor?
result-role-strengths = Sterke kanten
result-role-pitfalls = Valkuilen
result-role-situations = Wanneer heb je deze rol nodig?
result-reflect-heading = Denk er eens over na
result-reflect-1 = Welk beeld heb jij van de drie rollen?
result-reflect-2 = Waar ligt jouw voorkeur? Herken je die in deze uitslag?
result-reflect-3 = Wat zijn jouw valkuilen, en hoe voorkom je ze?
result-reflect-4 = Welke rol vraagt je werk nu van je?
result-reflect-tip = Praat erover met een collega of je leidinggevende. Vraag ook hoe zij jou zien.
result-incomplete-heading = Nog niet genoeg antwoorden
result-level-high = Alles bij elkaar herken je je sterk in de rollen: gemiddeld { NUMBER($mean, maximumFractionDigits: 0) } van de 100.
result-level-middle = Alles bij elkaar herken je je een beetje in de rollen: gemiddeld { NUMBER($mean, maximumFractionDigits: 0) } van de 100.
result-level-low = Alles bij elkaar herken je je weinig in de rollen: gemiddeld { NUMBER($mean, maximumFractionDigits: 0) } van de 100.
result-incomplete = Voor een uitslag moet je bij elke rol minstens vier van de vijf stellingen beantwoorden met een mening. 'Weet ik niet' telt niet mee. Hieronder staat per rol hoeveel antwoorden nog nodig zijn.
result-incomplete-role = { $role ->
    [bureaucraat] { role-bureaucraat-name }
    [ondernemer] { role-ondernemer-name }
   *[verbinder] { role-verbinder-name }
}: nog { $missing ->
    [one] één antwoord
   *[other] { $missing } antwoorden
} nodig.
result-incomplete-back = Terug naar de stellingen
