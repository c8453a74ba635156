# "Hoe goed meet de lijst?": hoe goed de stellingenlijst meet, met de
# antwoorden van echte deelnemers in de groepen van de begeleider.

quality-open = Hoe goed meet de lijst?
quality-open-hint = Met de antwoorden van deze groep zie je hoe goed de stellingen meten. Dat kan vanaf { $min } uitslagen.
quality-open-all = Hoe goed meet de lijst? Alle groepen samen
quality-heading = Hoe goed meet de lijst?
quality-scope-group = Groep { $name } · { $count ->
        [one] 1 uitslag
       *[other] { $count } uitslagen
    } · stellingenlijst { $version }
quality-scope-all = Alle groepen samen · { $count ->
        [one] 1 uitslag
       *[other] { $count } uitslagen
    } · stellingenlijst { $version }
quality-intro = Hier zie je hoe goed de stellingen meten, met de antwoorden van echte deelnemers. Dit gaat over de lijst, niet over de mensen. Een uitslag die in twee groepen zit, telt één keer mee.
quality-too-few = Vanaf { $min } uitslagen van één lijst zie je hoe goed de lijst meet. Nu zijn het er { $count }.
quality-list-label = Stellingenlijst
quality-list-option = Lijst { $version } ({ $count ->
        [one] 1 uitslag
       *[other] { $count } uitslagen
    })
quality-list-show = Toon

quality-alpha-heading = Meten de stellingen van een rol hetzelfde?
quality-alpha-intro = Cronbachs alfa zegt of de stellingen van één rol samen hetzelfde meten. Hoe dichter bij 1, hoe beter. Vanaf 0,70 is het voldoende, vanaf 0,80 goed. Het interval laat zien hoe zeker dat is. Met weinig uitslagen is het breed.
quality-alpha-caption = Cronbachs alfa per rol, met een betrouwbaarheidsinterval van 95 %
quality-alpha-role = Rol
quality-alpha = Alfa
quality-alpha-interval = 95 %-interval
quality-alpha-complete = Uitslagen met alle stellingen van de rol
quality-alpha-verdict = Oordeel
quality-verdict-good = goed
quality-verdict-enough = voldoende
quality-verdict-weak = zwak
quality-verdict-none = niet te berekenen
quality-interval = { $low } tot { $high }

quality-correlations-heading = Hangen de rollen samen?
quality-correlations-intro = Een correlatie loopt van −1 tot 1. Volgens het boek kun je in meer rollen tegelijk sterk zijn. Is de correlatie tussen twee rollen duidelijk negatief (onder −0,30)? Dan kan het zijn dat stellingen de ene rol tegen de andere uitspelen.
quality-correlations-caption = Correlaties tussen de scores van de rollen
quality-pair = Rollen
quality-correlation = Correlatie
quality-pair-names = { $a } en { $b }

quality-items-heading = Per stelling
quality-items-intro = Bij elke stelling zie je het gemiddelde antwoord (1 is helemaal oneens, 5 is helemaal eens), de spreiding en de samenhang met de andere stellingen van de rol. Een samenhang onder 0,20 betekent: deze stelling meet iets anders dan de rest.
quality-items-summary = { $count ->
        [0] Geen stelling valt op.
        [one] 1 stelling valt op. Je ziet het in de kolom ‘Let op’.
       *[other] { $count } stellingen vallen op. Je ziet het in de kolom ‘Let op’.
    }
quality-items-caption = De stellingen van de { $role }
quality-item-statement = Stelling
quality-item-reversed = Omgekeerd
quality-item-mean = Gemiddelde
quality-item-sd = Spreiding (sd)
quality-item-rest = Samenhang met de rest
quality-item-flags = Let op
quality-reversed-yes = ja
quality-reversed-no = nee
quality-flag-agree = Bijna iedereen is het eens.
quality-flag-same = Bijna iedereen antwoordt hetzelfde.
quality-flag-fit = Meet iets anders dan de rest.
quality-no-value = niet te berekenen

quality-export = Bewaar de antwoorden voor onderzoek (CSV)
quality-export-hint = Zonder namen en zonder nummers van uitslagen. De rijen staan in een willekeurige volgorde. Elke kolom is een stelling (b01, o02 …). Een leeg vak betekent ‘weet ik niet’.
quality-back-group = Terug naar de groep
quality-back-groups = Terug naar je groepen

quality-retest-heading = Tweede meting: hoe vast zijn de scores?
quality-retest-intro = Laat dezelfde mensen de scan later nog een keer doen, bijvoorbeeld aan het eind van de dag of een week later: maak daarvoor een nieuwe groep en start daarin een live sessie. Hun telefoon koppelt de twee uitslagen met een willekeurige code, zonder naam. Hier zie je dan hoe vast de scores zijn, en hoe groot de meetruis echt is.
quality-retest-count = { $count ->
        [0] Nog niemand heeft de scan twee keer gedaan.
        [one] 1 persoon deed de scan twee keer.
       *[other] { $count } mensen deden de scan twee keer.
    }
quality-retest-days = Er zat meestal ongeveer { NUMBER($days, maximumFractionDigits: 1) } dagen tussen.
quality-retest-same-day = De twee keren lagen meestal op dezelfde dag.
quality-retest-too-few = Vanaf { $min } mensen die de scan twee keer deden, zie je hier de cijfers.
quality-retest-caption = Per rol: eerste en tweede keer
quality-retest-role = Rol
quality-retest-correlation = Samenhang (r)
quality-retest-interval = 95 %-interval
quality-retest-mean-change = Gemiddelde verandering
quality-retest-real = Echte meetruis van een verschil
quality-retest-assumed = Meetruis die de app aannam
quality-retest-points = { NUMBER($points, minimumFractionDigits: 1, maximumFractionDigits: 1) } punten
quality-retest-no-interval = vanaf 4 paren
quality-retest-explain = De samenhang zegt hoe goed de tweede keer de eerste volgt: hoe dichter bij 1, hoe vaster de scores. De echte meetruis is de spreiding van de veranderingen. Is die groter dan wat de app aannam, dan zijn de marges in de uitslagen te krap. Is hij kleiner, dan zijn ze ruim. Was er tussen de twee keren een training, dan zit ook echte groei in de veranderingen.
quality-retest-export = Bewaar de paren (CSV)
quality-retest-export-hint = Een bestand voor een onderzoeker: per persoon de scores van de eerste en de tweede keer en de dagen ertussen. Zonder namen, codes of andere kenmerken, in willekeurige volgorde.
