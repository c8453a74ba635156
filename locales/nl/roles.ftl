# De drie ideaaltypen uit "De ideale ambtenaar" (Derks & Van Leeuwen), in eigen woorden.

role-bureaucraat-name = Bureaucraat
role-ondernemer-name = Ondernemer
role-verbinder-name = Verbinder

role-bureaucraat-origin = Sinds de 19e eeuw (Max Weber)
role-ondernemer-origin = Sinds de jaren tachtig (New Public Management)
role-verbinder-origin = Sinds begin 21e eeuw (Public Value)

role-bureaucraat-stands-for = Je werkt volgens de wet en de regels. Iedereen in dezelfde situatie krijgt hetzelfde. Je bent neutraal en integer, en je kunt altijd uitleggen wat je deed en waarom.
role-bureaucraat-strengths = Burgers weten waar ze aan toe zijn. Besluiten zijn eerlijk en later goed terug te vinden. Je beschermt mensen tegen willekeur. Je geeft collega's duidelijke kaders.
role-bureaucraat-pitfalls = Je kunt star worden: de regel wordt dan belangrijker dan het doel. Je ziet soms niet wat er buiten je kader gebeurt.
role-bureaucraat-situations = Als rechten en plichten op het spel staan, zoals bij een vergunning, een uitkering of een paspoort. En altijd als een besluit later goed uit te leggen moet zijn.

role-ondernemer-stands-for = Je neemt initiatief en zoekt nieuwe oplossingen. Je wilt resultaat halen, snel en zonder verspilling. Je ziet de burger als klant. Je weet waarvoor je iets doet.
role-ondernemer-strengths = Je maakt dingen beter en sneller. Je durft risico's te nemen. Je kijkt of je aanpak werkt en stuurt bij als dat nodig is.
role-ondernemer-pitfalls = Je kunt te snel gaan en regels of mensen vergeten. Niet alles wat waarde heeft, kun je meten in cijfers.
role-ondernemer-situations = Als iets vastloopt of beter kan. Als er een duidelijk doel is dat je binnen de tijd en het budget moet halen.

role-verbinder-stands-for = Je brengt mensen en organisaties samen. Je luistert naar wat er buiten speelt en werkt van buiten naar binnen. Je neemt zelf verantwoordelijkheid voor wat de samenleving verder helpt.
role-verbinder-strengths = Je bouwt vertrouwen en een sterk netwerk. Je voelt aan wat mensen nodig hebben. Je inspireert anderen en helpt de organisatie om samen te leren.
role-verbinder-pitfalls = Je kunt eindeloos blijven overleggen. Als je de regels niet kent, beloof je soms iets wat niet kan. Dan kost het mensen veel energie voor niets.
role-verbinder-situations = Bij ingewikkelde vraagstukken met veel partijen, zoals in een wijk of een regio. Als draagvlak en samenwerking nodig zijn om iets te bereiken.
