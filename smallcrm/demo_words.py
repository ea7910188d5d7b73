"""Word lists for demo data: an Italian small business with some Romanian customers."""

FIRST_NAMES = ["Mario", "Giuseppe", "Giovanni", "Luca", "Marco", "Andrea", "Francesco", "Alessandro", "Lorenzo", "Matteo", "Davide", "Stefano", "Paolo", "Roberto", "Nicolò", "Niccolò", "Simone", "Federico", "Riccardo", "Fabio", "Daniele", "Emanuele", "Tommaso", "Gabriele", "Pietro", "Filippo", "Michele", "Maria", "Anna", "Giulia", "Francesca", "Chiara", "Sara", "Laura", "Valentina", "Alessia", "Martina", "Elena", "Federica", "Silvia", "Paola", "Giorgia", "Elisa", "Beatrice", "Noemi", "Ilaria", "Lucia", "Marta", "Rossella", "Simona", "Cristina", "Manuela", "Carolina", "Aurora", "Ludovica"]

RO_FIRST_NAMES = ["Ioana", "Andreea", "Mihai", "Ștefan", "Răzvan", "Alexandru", "Cătălina", "Ionuț", "Bianca", "Tudor", "Irina", "Sorin"]

LAST_NAMES = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De_Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De_Santis", "D'Amico", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso", "Valentini", "Messina", "Sala", "De_Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina", "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza", "Testa", "Grassi", "Pellegrino", "Carbone", "Giuliani", "Benedetti", "Barone", "Rossetti", "Caputo", "Montanari", "Guerra", "Palmieri", "Bernardi", "Martino", "Fiore", "De_Rosa", "Ferretti", "Bellini", "Basile", "Riva", "Donati", "Piras", "Vitali", "Battaglia", "Sartori", "Neri", "Costantini", "Milani", "Pagano", "Ruggiero", "Sorrentino", "D'Agostino", "Orlando", "Negri", "Grossi", "Cantù", "Nicolò", "Mastroianni", "Lucà", "Dell'Acqua", "Zanè", "Sciarrà"]
LAST_NAMES = tuple(name.replace("_", " ") for name in LAST_NAMES)

RO_LAST_NAMES = ["Popescu", "Ionescu", "Ștefănescu", "Dumitrescu", "Constantinescu", "Țăranu", "Munteanu", "Stănescu", "Răducanu"]

COMPANY_TRADES = ["Ferramenta", "Tipografia", "Panificio", "Studio_Tecnico", "Officina", "Elettrica", "Ottica", "Caseificio", "Cantina", "Autofficina", "Idraulica", "Impianti", "Edilizia", "Trasporti", "Informatica", "Consulenze", "Arredamenti", "Pasticceria", "Agenzia", "Lavanderia", "Falegnameria", "Ceramiche", "Tessuti", "Serramenti", "Giardini"]
COMPANY_TRADES = tuple(trade.replace("_", " ") for trade in COMPANY_TRADES)

COMPANY_FORMS = ("S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "& Figli", "S.a.s.", "di {first} {last}")

CITIES = (
    ("Milano", "20121", "MI", "02"), ("Roma", "00184", "RM", "06"), ("Torino", "10121", "TO", "011"),
    ("Napoli", "80133", "NA", "081"), ("Bologna", "40121", "BO", "051"), ("Firenze", "50123", "FI", "055"),
    ("Genova", "16121", "GE", "010"), ("Bari", "70121", "BA", "080"), ("Palermo", "90133", "PA", "091"),
    ("Verona", "37121", "VR", "045"), ("Padova", "35121", "PD", "049"), ("Brescia", "25121", "BS", "030"),
    ("Bergamo", "24121", "BG", "035"), ("Trento", "38122", "TN", "0461"), ("Cagliari", "09124", "CA", "070"),
    ("Forlì", "47121", "FC", "0543"), ("Cantù", "22063", "CO", "031"), ("Aosta", "11100", "AO", "0165"),
)

STREETS = ("Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Piazza Duomo", "Via Dante",
           "Viale Europa", "Via Verdi", "Via Cavour", "Corso Vittorio Emanuele", "Via San Nicolò", "Via dell'Unità")

MOBILE_PREFIXES = ("320", "328", "329", "333", "334", "335", "338", "339", "340", "347", "348", "349", "366",
                   "380", "388", "389", "391", "392", "393")

DOMAINS = ("gmail.com", "libero.it", "outlook.it", "yahoo.it", "tiscali.it", "alice.it", "virgilio.it")

TAGS = ("VIP", "Newsletter", "Fornitore", "Rivenditore", "Fiera 2025", "Cliente storico", "Da richiamare")

OWNERS = ("Giulia", "Marco", "Andrea")

JOB_TITLES = ("Titolare", "Amministratore", "Responsabile acquisti", "Commerciale", "Contabile",
              "Ufficio tecnico", "Segreteria", "Direttore", "Magazziniere", "")

SUBJECTS = {
    "call": ("Chiamata di follow-up", "Richiesta informazioni", "Sollecito pagamento", "Conferma ordine",
             "Disponibilità per un incontro", "Problema con la consegna", "Richiamare per il preventivo"),
    "email": ("Richiesta preventivo", "Invio listino prezzi", "Conferma appuntamento", "Fattura in allegato",
              "Reclamo: merce danneggiata", "Catalogo novità", "Domanda sui tempi di consegna"),
    "meeting": ("Incontro in sede", "Visita in negozio", "Presentazione prodotti", "Riunione annuale",
                "Sopralluogo"),
    "letter": ("Lettera di benvenuto", "Raccomandata: sollecito", "Auguri di fine anno"),
    "sms": ("Promemoria appuntamento", "Ordine pronto per il ritiro", "Grazie per l'acquisto"),
    "chat": ("Chat sul sito: disponibilità articolo", "WhatsApp: foto del prodotto"),
    "social": ("Messaggio su Facebook", "Commento su Instagram", "Recensione su Google"),
    "note": ("Nota: preferisce essere chiamato al mattino", "Nota: cliente molto puntuale",
             "Nota: interessato alla nuova linea", "Nota: chiede sempre lo sconto"),
}

BODIES = (
    "Il cliente chiede un preventivo per 20 pezzi entro fine mese.",
    "Ha confermato l'ordine; consegna prevista la prossima settimana.",
    "Non risponde, lasciato messaggio in segreteria.",
    "Interessato alle novità del catalogo, mandare listino aggiornato.",
    "Segnala un ritardo nella consegna: verificare con il corriere.",
    "Pagamento effettuato tramite bonifico, attendere accredito.",
    "Vuole fissare un incontro in sede per vedere i campioni.",
    "Soddisfatto del servizio, disposto a lasciare una recensione.",
)

OUTCOMES = {"call": ("raggiunto", "nessuna risposta", "segreteria", "richiamare"), "meeting": ("svolto", "rinviato")}

TASK_TITLES = ("Richiamare", "Inviare preventivo", "Sollecitare pagamento", "Preparare offerta",
               "Spedire campioni", "Fissare appuntamento", "Verificare consegna", "Aggiornare listino")
