import type { Messages } from './en.ts';

/** UI strings in Slovene. */
export const sl: Messages = {
  'layout.skipLink': 'Preskoči na glavno vsebino',
  'layout.languages': 'Izberite jezik',
  'layout.errorPrefix': 'Napaka:',
  'layout.footer.label': 'Uporabne povezave',
  'layout.footer.privacy': 'Izjava o varstvu osebnih podatkov',
  'layout.footer.contact': 'Kontakt',

  'home.title': 'Raziskave in vprašalniki',
  'home.intro': 'Izberite raziskavo, da vidite njene vprašalnike.',
  'home.empty': 'Trenutno ni odprtih raziskav.',

  'study.questionnaires': 'Vprašalniki',
  'study.choose': 'Izberite vprašalnik, ki vam najbolj ustreza.',
  'study.minutes': 'Približno {minutes} min',

  'landing.audience': 'Komu je vprašalnik namenjen',
  'landing.about': 'O čem so vprašanja',
  'landing.time': 'Izpolnjevanje traja približno {minutes} min.',
  'landing.closes': 'Rok za oddajo odgovorov: {date}.',
  'landing.confidential': 'Vaši odgovori so zaupni',
  'landing.saving':
    'Vaši odgovori se shranijo po vsaki strani. Izpolnjevanje lahko prekinete in ga pozneje nadaljujete na tej ali drugi napravi s kodo za nadaljevanje. Imena vam ni treba navesti.',
  'landing.start': 'Začnite zdaj',
  'landing.continue': 'Nadaljujte, kjer ste končali',
  'landing.resume': 'Vnesite kodo za nadaljevanje',
  'landing.completed': 'Ta vprašalnik ste že izpolnili. Vaša koda potrdila je {receipt}.',
  'landing.startAgain': 'Izpolnite vprašalnik znova',
  'landing.privacy': 'Kako ravnamo z vašimi odgovori: izjava o varstvu osebnih podatkov',
  'landing.contact': 'Imate vprašanja? Pišite: {name}, {email}.',

  'status.notOpen.title': 'Vprašalnik še ni odprt',
  'status.notOpen.body': 'Začetek zbiranja odgovorov: {date}.',
  'status.closed.title': 'Vprašalnik je zaprt',
  'status.closed.body': 'Zbiranje odgovorov se je končalo: {date}. Hvala za vaše zanimanje.',
  'status.closed.bodyNoDate': 'Odgovorov ne sprejemamo več. Hvala za vaše zanimanje.',

  'page.progress': 'Stran {current} od približno {total}',
  'page.continue': 'Nadaljujte',
  'page.save': 'Shranite in nadaljujte pozneje',
  'page.back': 'Nazaj',
  'page.optional': '(neobvezno)',
  'page.choose': 'Izberite',
  'page.other': 'Navedite',
  'page.missing.dont_know': 'Ne vem',
  'page.missing.prefer_not_to_say': 'Ne želim odgovoriti',
  'page.or': 'ali',
  'page.multiple.hint': 'Izberite vse ustrezne odgovore.',
  'page.text.limit': 'Vnesete lahko do {max} znakov.',
  'page.date.day': 'Dan',
  'page.date.month': 'Mesec',
  'page.date.year': 'Leto',
  'page.date.hint': 'Na primer 27 3 2024',
  'page.ranking.hint': 'Vsaki možnosti dodelite drugo številko, od 1 (prva) do {count}.',
  'page.ranking.rank': 'Mesto',
  'page.consent.yes': 'Da, strinjam se s sodelovanjem',
  'page.consent.no': 'Ne, ne želim sodelovati',

  'errors.title': 'Prišlo je do težave',

  'issue.required': 'Odgovorite na to vprašanje',
  'issue.choice.unknown': 'Izberite eno od prikazanih možnosti',
  'issue.choice.tooFew': 'Izberite vsaj {min} možnosti',
  'issue.choice.tooMany': 'Izberite največ {max} možnosti',
  'issue.choice.exclusive': 'Te možnosti ni mogoče združiti z drugimi izbranimi možnostmi',
  'issue.other.required': 'Navedite, kaj pomeni „drugo“',
  'issue.text.tooLong': 'Odgovor ne sme biti daljši od {max} znakov',
  'issue.text.invalid': 'Odgovor vnesite kot besedilo',
  'issue.number.invalid': 'Vnesite število, na primer 12 ali 7,5',
  'issue.number.notInteger': 'Vnesite celo število',
  'issue.number.min': 'Vnesite število, ki je {min} ali več',
  'issue.number.max': 'Vnesite število, ki je {max} ali manj',
  'issue.date.invalid': 'Vnesite veljaven datum z dnevom, mesecem in letom',
  'issue.date.min': 'Vnesite poznejši datum (najzgodnejši mogoči je {min})',
  'issue.date.max': 'Vnesite zgodnejši datum (najpoznejši mogoči je {max})',
  'issue.country.unknown': 'Izberite državo s seznama',
  'issue.ranking.incomplete': 'Vsaki možnosti dodelite številko od 1 do {count}',
  'issue.ranking.duplicate': 'Vsaki možnosti dodelite drugo številko',
  'issue.consent.required': 'Označite, ali se strinjate s sodelovanjem',
  'issue.constraint': 'Preverite ta odgovor',
  'issue.missing.withAnswer': 'Odgovorite ali izberite eno od drugih možnosti, ne obojega',
  'issue.repeat.addAnother': 'Označite, ali želite dodati še en vnos',
  'issue.repeat.min': 'Dodajte vsaj {min}',
  'issue.resume.empty': 'Vpišite kodo za nadaljevanje',
  'issue.resume.unknown': 'S to kodo nismo našli odgovorov. Preverite kodo in poskusite znova',
  'issue.email.invalid': 'Vnesite e-poštni naslov, na primer name@example.org',

  'repeat.none': 'Niste še ničesar dodali.',
  'repeat.change': 'Spremenite',
  'repeat.remove': 'Odstranite',
  'repeat.yes': 'Da',
  'repeat.no': 'Ne',
  'repeat.max': 'Dodali ste največje število vnosov, ki jih lahko opišete tukaj ({max}).',
  'repeat.item': 'Vnos {n}',
  'repeat.remove.title': 'Ali želite odstraniti vnos „{item}“?',
  'repeat.remove.confirm': 'Da, odstranite ga',
  'repeat.remove.cancel': 'Ne, obdržite ga',
  'repeat.gone.title': 'Ta vnos je bil odstranjen',
  'repeat.gone.body':
    'Odstranjen je bil v drugem oknu ali zavihku, zato vsebina, ki ste jo vnesli na tej strani, ni bila shranjena.',
  'repeat.full.title': 'Več vnosov ni mogoče dodati',
  'repeat.full.body':
    'V drugem oknu ali zavihku je bilo že dodano največje število vnosov, ki jih lahko opišete tukaj ({max}), zato vsebina, ki ste jo vnesli na tej strani, ni bila shranjena.',
  'repeat.toList': 'Pojdi na seznam',

  'check.title': 'Preden pošljete odgovore, jih preverite',
  'check.change': 'Spremenite',
  'check.notAnswered': 'Brez odgovora',
  'check.send.title': 'Zdaj pošljite odgovore',
  'check.send.body': 'Ko odgovore pošljete, jih ni več mogoče spremeniti.',
  'check.send': 'Pošljite odgovore',

  'done.title': 'Hvala, vaši odgovori so bili poslani',
  'done.receipt': 'Vaša koda potrdila',
  'done.receiptHint':
    'Navedite jo, če nas kontaktirate glede svojih odgovorov. Po njej vas ni mogoče prepoznati.',
  'done.next.title': 'Kaj sledi',
  'done.next.body':
    'Odgovore analiziramo skupaj z odgovori vseh drugih in jih objavimo le v združeni obliki, tako da ni mogoče prepoznati nobene osebe ali organizacije.',

  'save.title': 'Vaši odgovori so shranjeni',
  'save.code': 'Vaša koda za nadaljevanje',
  'save.codeHint':
    'Kodo si zapišite ali jo kopirajte. Z njo lahko nadaljujete na kateri koli napravi. Ne delite je z drugimi: kdor ima kodo, lahko vidi vaše odgovore.',
  'save.until': 'Rok za nadaljevanje: {date}.',
  'save.email.title': 'Povezavo mi pošljite po e-pošti',
  'save.email.label': 'E-poštni naslov',
  'save.email.hint':
    'Uporabimo ga samo za pošiljanje te povezave. Ne shranimo ga ne z vašimi odgovori ne kje drugje.',
  'save.email.send': 'Pošljite povezavo',
  'save.email.sent': 'Povezavo smo poslali. Če je ne prejmete, uporabite kodo za nadaljevanje.',
  'save.continue': 'Nadaljujte z izpolnjevanjem',

  'resume.title': 'Nadaljujte s kodo za nadaljevanje',
  'resume.hint': 'Koda, ki ste jo prejeli ob shranjevanju, na primer ABCD-EFGH-JKMN-PQRS-TVWX.',
  'resume.submit': 'Nadaljujte',

  'declined.title': 'Odločili ste se, da ne boste sodelovali',
  'declined.body': 'Nič od tega, kar ste vnesli, ni bilo shranjeno. Če si premislite, lahko začnete znova.',
  'declined.again': 'Začnite znova',

  'error.notFound.title': 'Strani ni mogoče najti',
  'error.notFound.body': 'Preverite naslov ali začnite na seznamu vprašalnikov.',
  'error.badRequest.title': 'Poslanih podatkov nismo mogli prebrati',
  'error.badRequest.body': 'Poslani obrazec se ne ujema s to stranjo. Vrnite se na stran in poskusite znova.',
  'error.expired.title': 'Ta stran je potekla',
  'error.expired.body':
    'Zaradi vaše varnosti je obrazec mogoče poslati samo s strani, na kateri je bil prikazan. Vrnite se, osvežite stran in poskusite znova.',
  'error.completed.title': 'Vaši odgovori so že bili poslani',
  'error.completed.body': 'Poslanih odgovorov ni mogoče spremeniti.',
  'error.tooLarge.title': 'Poslanih je bilo preveč podatkov',
  'error.tooLarge.body':
    'Eden od odgovorov je daljši, kot ga lahko sprejmemo. Skrajšajte ga in poskusite znova.',
  'error.tooMany.title': 'Preveč poskusov',
  'error.tooMany.body': 'Počakajte {minutes} min in poskusite znova.',
  'error.unavailable.title': 'Storitev trenutno ni na voljo',
  'error.unavailable.body': 'Vaši shranjeni odgovori so varni. Poskusite znova čez nekaj minut.',
  'error.server.title': 'Žal je prišlo do napake',
  'error.server.body': 'Odgovori do zadnje shranjene strani so ohranjeni. Poskusite znova čez nekaj minut.',
  'error.language.title': 'Ni na voljo v tem jeziku',
  'error.language.body': 'Izberite enega od teh jezikov:',
  'error.start': 'Na seznam vprašalnikov',
  'error.start.register': 'Na stran registra mikrodokazil',
  'error.start.verify': 'Na stran »Preverite digitalno dokazilo«',
  'error.notFound.bodyLink': 'Preverite naslov ali začnite znova s povezavo spodaj.',

  'email.resume.subject': 'Vaša povezava za nadaljevanje: {title}',
  'email.resume.body':
    'Pozdravljeni,\n\nzaprosili ste za povezavo za nadaljevanje vprašalnika „{title}“. Odprite jo in nadaljujte, kjer ste končali:\n\n{link}\n\n{deadline}Kdor ima to povezavo, lahko vidi vaše odgovore, zato je ne delite z drugimi.\n\nTo sporočilo prejmete samo enkrat, ker ste vnesli ta naslov. Naslov ni bil shranjen.',
  'email.resume.deadline': 'Rok za nadaljevanje: {date}. ',

  'page.honeypot': 'To polje pustite prazno',
  'invitation.used.title': 'To vabilo je že bilo uporabljeno',
  'invitation.used.body': 'Na vprašalnik je bilo s to osebno povezavo že odgovorjeno. Hvala za sodelovanje.',
  'invitation.invalid.title': 'Ta povezava ne deluje',
  'invitation.invalid.body':
    'Osebna povezava ni veljavna. Preverite, ali ste jo kopirali v celoti, ali pa začnite na strani raziskave.',
  'unsubscribe.title': 'Ne želim več e-sporočil o tem vprašalniku',
  'unsubscribe.body':
    'Na naslov, ki je prejel to povezavo, ne bomo več pošiljali vabil ali opomnikov za ta vprašalnik. S svojo osebno povezavo lahko še vedno odgovorite.',
  'unsubscribe.submit': 'Ustavi e-sporočila',
  'unsubscribe.done.title': 'Ne boste več prejemali e-sporočil',
  'unsubscribe.done.body': 'Ne bomo vam več pošiljali vabil ali opomnikov za ta vprašalnik.',
  'mail.invitation.subject': 'Vabilo k vprašalniku: {title}',
  'mail.invitation.body':
    'Pozdravljeni,\n\nvabimo vas, da odgovorite na vprašalnik »{title}«. Izpolnjevanje traja približno {minutes} minut.{deadline}\n\n{organisation}\n\nVaša osebna povezava (prosimo, ne posredujte je drugim):\n{link}\n\nVaši odgovori so zaupni in se objavijo samo v združeni obliki. Kako obdelujemo vaše podatke: {privacy}\n\nČe ne želite več prejemati e-sporočil o tem vprašalniku: {unsubscribe}\n',
  'mail.deadline': ' Odgovorite lahko do {closes}.',
  'mail.reminder.subject': 'Opomnik: {title}',
  'mail.reminder.body':
    'Pozdravljeni,\n\nopominjamo vas na vprašalnik »{title}«. Izpolnjevanje traja približno {minutes} minut.{deadline} Če ste že začeli, nadaljujte na isti napravi ali s kodo za nadaljevanje.\n\n{organisation}\n\nVaša osebna povezava:\n{link}\n\nKako obdelujemo vaše podatke: {privacy}\n\nČe ne želite več prejemati e-sporočil o tem vprašalniku: {unsubscribe}\n',

  'erase.title': 'Izbrišite svoje odgovore',
  'erase.intro':
    'Vnesite kodo potrdila, ki ste jo prejeli ob oddaji odgovorov. Vaši odgovori bodo takoj in trajno izbrisani in ne bodo vključeni v nobene poznejše rezultate.',
  'erase.receipt': 'Koda potrdila',
  'erase.receiptHint': 'Osem črk in številk, na primer K7M2-9QXD.',
  'erase.submit': 'Izbriši moje odgovore',
  'erase.empty': 'Vpišite kodo potrdila s strani z zahvalo.',
  'erase.notFound': 'V tej raziskavi ni odgovorov s to kodo potrdila. Preverite kodo in poskusite znova.',
  'erase.done.title': 'Vaši odgovori so izbrisani',
  'erase.done.body': 'Od vaših odgovorov se ne hrani nič.',
  'home.verify': 'Preverite digitalno dokazilo (Open Badges ali Europass)',
  'verify.title': 'Preverite digitalno dokazilo',
  'verify.intro':
    'Preverite, ali je dokazilo Open Badges 3.0 ali digitalno dokazilo Europass nespremenjeno, kdo ga je podpisal ali zapečatil in ali je bilo na določen dan veljavno. Nič od tega, kar prilepite ali naložite, se ne shrani.',
  'verify.text.label': 'Prilepite dokazilo',
  'verify.text.hint':
    'Dokazilo v obliki JSON ali kot podpisan žeton (kompaktni JWS: trije deli, ločeni s pikami).',
  'verify.file.label': 'Ali naložite datoteko z dokazilom',
  'verify.file.hint': 'Datoteka .json, .jsonld, .jwt ali .txt, velika največ {megabytes} MB.',
  'verify.date.label': 'Datum preverjanja',
  'verify.date.hint':
    'Dokazilo se preveri v stanju na ta dan: danes, razen če izberete drug datum. Pečat Europass ostane pristen tudi po izteku njegovega potrdila, zato pri starejšem dokazilu izberite datum, ko je bilo potrdilo še veljavno, na primer dan izdaje dokazila.',
  'verify.submit': 'Preveri dokazilo',
  'verify.another': 'Preverite drugo dokazilo',
  'verify.error.empty': 'Prilepite dokazilo ali izberite datoteko',
  'verify.error.both': 'Prilepite dokazilo ali izberite datoteko, ne obojega',
  'verify.error.notUtf8':
    'Datoteke ni bilo mogoče prebrati kot besedila. Izberite datoteko z dokazilom, kot ste jo prejeli (JSON ali podpisan žeton, v UTF-8).',
  'verify.error.emptyFile': 'Izbrana datoteka je prazna',
  'verify.error.date':
    'Kot datum preverjanja vnesite veljaven datum, na primer 2024-01-31, nato znova prilepite ali izberite dokazilo',
  'verify.tooLarge.title': 'Datoteka je prevelika',
  'verify.tooLarge.body':
    'Dokazilo za preverjanje je lahko veliko največ {megabytes} MB. Preverite, ali ste izbrali samo dokazilo, nato se vrnite in poskusite znova.',
  'verify.result.title': 'Rezultat preverjanja',
  'verify.verdict.valid': 'Veljavno',
  'verify.verdict.validBody': 'Vsa preverjanja, ki veljajo za to dokazilo, so bila uspešna.',
  'verify.verdict.invalid': 'Ni veljavno',
  'verify.verdict.invalidBody':
    'Vsaj eno preverjanje ni uspelo. Ne zanašajte se na to dokazilo; preverjanja spodaj povedo, zakaj.',
  'verify.verdict.unknown': 'Ni bilo mogoče v celoti preveriti',
  'verify.verdict.unknownBody':
    'Nobeno preverjanje ni spodletelo, nekaterih pa tukaj ni bilo mogoče opraviti. Veljavnost dokazila ni dokazana; preverjanja spodaj povedo, kaj manjka.',
  'verify.facts.heading': 'O dokazilu',
  'verify.facts.format': 'Oblika',
  'verify.facts.title': 'Naslov',
  'verify.facts.achievement': 'Dosežek',
  'verify.facts.issuer': 'Izdajatelj',
  'verify.facts.issued': 'Datum izdaje',
  'verify.facts.validFrom': 'Veljavno od',
  'verify.facts.validUntil': 'Veljavno do',
  'verify.facts.note':
    'Osebni podatki učeče se osebe (ime, kontaktni podatki, datum rojstva, identifikatorji) niso prikazani.',
  'verify.format.openBadges': 'Open Badges 3.0',
  'verify.format.europass': 'Digitalno dokazilo Europass (European Learning Model 3)',
  'verify.format.unknown': 'Ni prepoznano',
  'verify.checks.heading': 'Preverjanja',
  'verify.checks.at': 'Preverjeno po stanju na {date}.',
  'verify.checks.check': 'Preverjanje',
  'verify.checks.result': 'Rezultat',
  'verify.checks.meaning': 'Kaj to pomeni',
  'verify.check.format': 'Oblika',
  'verify.check.schema': 'Obvezna vsebina',
  'verify.check.signature': 'Podpis ali pečat',
  'verify.check.certificate': 'Potrdilo pečata',
  'verify.check.issuer': 'Izdajatelj',
  'verify.check.validity': 'Obdobje veljavnosti',
  'verify.check.status': 'Preklic',
  'verify.check.unknown': 'Drugo preverjanje',
  'verify.status.ok': 'Uspešno',
  'verify.status.failed': 'Neuspešno',
  'verify.status.unknown': 'Ni bilo mogoče preveriti',
  'verify.status.skipped': 'Ni relevantno',
  'verify.details': 'Tehnične podrobnosti',
  'verify.proves.heading': 'Kaj to dokazuje in česa ne',
  'verify.proves.seal':
    'Uspešno preverjen podpis ali pečat kaže, da dokazilo od podpisa ni bilo spremenjeno, in s katerim ključem ali potrdilom je bilo podpisano.',
  'verify.proves.not':
    'Ne kaže, da je učenje res potekalo, da je oseba, ki vam je dala dokazilo, njegov imetnik, niti da je organ, ki ga je podelil, akreditiran ali priznan.',
  'verify.proves.offline':
    'Preverjanje poteka tukaj, brez povezave z internetom: seznami preklicev, ključi izdajateljev in zaupanja vredni seznami se ne pridobijo. Kar jih potrebuje, je prikazano kot »ni bilo mogoče preveriti«, nikoli kot uspešno. Če je pomembno, vprašajte izdajatelja.',
  'verify.proves.timestamps':
    'Časovni žigi v pečatu Europass se ne preverjajo: potrdilo se presoja na izbrani datum preverjanja, ne na dokazani trenutek pečatenja.',
  'verify.proves.stored': 'Nič od preverjenega dokazila se ne shrani ali zabeleži.',
  'verify.code.format.openBadges3': 'Datoteka je dokazilo Open Badges 3.0.',
  'verify.code.format.elm3': 'Datoteka je digitalno dokazilo Europass.',
  'verify.code.format.preReleaseContext':
    'Dokazilo sledi osnutku Open Badges 3.0 iz časa pred dokončno različico standarda, zato ga ni mogoče v celoti preveriti.',
  'verify.code.format.unreadable':
    'Besedila ni bilo mogoče prebrati kot dokazila: ni niti JSON niti podpisan žeton.',
  'verify.code.format.payloadNotJson': 'Zapečatena datoteka ne vsebuje dokazila v obliki JSON.',
  'verify.code.format.tooLarge': 'Dokazilo je večje, kot ga ta stran lahko preveri.',
  'verify.code.format.notCredential':
    'Datoteko je mogoče prebrati, vendar ni dokazilo Open Badges 3.0 ali Europass.',
  'verify.code.error': 'Nepričakovana težava je prekinila to preverjanje, zato ga ni bilo mogoče opraviti.',
  'verify.code.notRun': 'Ni preverjeno, ker datoteke ni bilo mogoče prebrati kot dokazila.',
  'verify.code.schema.ok': 'Dokazilo vsebuje vse, kar zahteva njegov standard.',
  'verify.code.schema.failed': 'Vsebina, ki jo zahteva standard, manjka ali ni v pravilni obliki.',
  'verify.code.signature.ok': 'Podpis ali pečat se ujema z vsebino: dokazilo od podpisa ni bilo spremenjeno.',
  'verify.code.signature.bad':
    'Podpis se ne ujema z vsebino: dokazilo je bilo po podpisu spremenjeno ali pa podpis ni pristen.',
  'verify.code.signature.undefinedTerms':
    'Dokazilo vsebuje podatke, ki jih njegov besednjak ne opredeljuje, zato jih podpis ne bi zajel.',
  'verify.code.signature.none':
    'Dokazilo ni podpisano ali zapečateno, zato nič ne kaže, kdo ga je izdal in ali je nespremenjeno.',
  'verify.code.signature.keyUnavailable':
    'Ključa za preverjanje podpisa ni mogoče pridobiti brez povezave z internetom.',
  'verify.code.signature.unsupported': 'Podpis uporablja metodo, ki je ta stran ne more preveriti.',
  'verify.code.signature.wrongPurpose': 'Podpis ni bil narejen za izdajanje dokazil.',
  'verify.code.signature.malformed': 'Podpis je nepopoln ali ni narejen, kot zahteva standard.',
  'verify.code.signature.claims':
    'Podpisani žeton in dokazilo v njem se ne ujemata (izdajatelj, identifikator, imetnik ali datumi).',
  'verify.code.signature.certificate':
    'Potrdilo pečata manjka, ni berljivo ali ni tisto, ki ga navaja pečat.',
  'verify.code.signature.noCertificate': 'Pečat ne vsebuje potrdila, zato ga tukaj ni mogoče preveriti.',
  'verify.code.context.notBundled':
    'Dokazilo se sklicuje na besednjak, ki brez povezave z internetom ni na voljo, zato podpisa ni bilo mogoče preveriti.',
  'verify.code.certificate.valid': 'Potrdilo pečata je bilo na datum preverjanja veljavno.',
  'verify.code.certificate.expired':
    'Potrdilo pečata je bilo na datum preverjanja že poteklo. Če je bilo dokazilo zapečateno prej, izberite datum preverjanja, ko je bilo potrdilo še veljavno.',
  'verify.code.certificate.notYetValid': 'Potrdilo pečata na datum preverjanja še ni bilo veljavno.',
  'verify.code.certificate.keyUsage': 'Potrdila pečata ni dovoljeno uporabljati za pečate ali podpise.',
  'verify.code.certificate.chainTrusted': 'Potrdilo pečata vodi do zaupanja vrednega overitelja.',
  'verify.code.certificate.noTrustAnchor':
    'Ali je overitelj zaupanja vreden, tukaj ni mogoče potrditi: noben zaupanja vreden seznam EU se ne preverja.',
  'verify.code.certificate.chainBroken':
    'Veriga potrdil je prekinjena: potrdilo izdajatelja manjka, ni overitelj ali ni bilo veljavno.',
  'verify.code.certificate.notRevoked': 'Podatki o preklicu v pečatu kažejo, da potrdilo ni bilo preklicano.',
  'verify.code.certificate.revocationUnknown':
    'Ali je bilo potrdilo preklicano, ni mogoče potrditi: podatki o preklicu v pečatu manjkajo ali za datum preverjanja niso ažurni.',
  'verify.code.certificate.revoked': 'Potrdilo pečata je bilo preklicano.',
  'verify.code.certificate.none': 'Pečata ni, zato ni potrdila, ki bi ga bilo mogoče preveriti.',
  'verify.code.issuer.ok':
    'Ključ ali potrdilo, s katerim je bilo podpisano, pripada izdajatelju, ki ga navaja dokazilo.',
  'verify.code.issuer.unconfirmed':
    'Tukaj ni bilo mogoče potrditi, da ključ za podpis pripada izdajatelju, ki ga navaja dokazilo.',
  'verify.code.issuer.noVerifiedKey': 'Tega ni mogoče preveriti brez uspešno preverjenega podpisa.',
  'verify.code.issuer.missing': 'Dokazilo ne navaja izdajatelja.',
  'verify.code.issuer.mismatch': 'Pečat pripada drugi organizaciji kot izdajatelj, ki ga navaja dokazilo.',
  'verify.code.issuer.partialMatch':
    'Organizacija, ki je zapečatila, se le delno ujema z izdajateljem, ki ga navaja dokazilo.',
  'verify.code.issuer.noIdentifier':
    'Dokazilu ali potrdilu pečata manjka identifikator organizacije, ki je potreben za primerjavo.',
  'verify.code.issuer.noSeal':
    'Pečata ni, zato ni organizacije, ki bi jo bilo mogoče primerjati z izdajateljem.',
  'verify.code.validity.ok': 'Dokazilo je bilo na datum preverjanja veljavno.',
  'verify.code.validity.expired': 'Dokazilo je bilo na datum preverjanja že poteklo.',
  'verify.code.validity.notYetValid': 'Dokazilo na datum preverjanja še ni bilo veljavno.',
  'verify.code.validity.badDate': 'Datum v dokazilu ni zapisan kot veljaven datum.',
  'verify.code.validity.noDates':
    'Dokazilo ne navaja datumov, po katerih bi bilo mogoče presoditi njegovo veljavnost.',
  'verify.code.validity.noValidationTime':
    'Datum preverjanja ni bil podan, zato datumov ni bilo mogoče presoditi.',
  'verify.code.status.current':
    'Seznam statusov izdajatelja kaže, da dokazilo ni niti preklicano niti začasno preklicano.',
  'verify.code.status.revoked': 'Izdajatelj je dokazilo preklical.',
  'verify.code.status.suspended': 'Izdajatelj je dokazilo začasno preklical.',
  'verify.code.status.none': 'Dokazilo nima statusa preklica, ki bi ga bilo mogoče preveriti.',
  'verify.code.status.listUnreachable':
    'Izdajatelj status preklica objavlja na spletu; ta stran ga ne pridobi, zato ni znano, ali je bilo dokazilo preklicano.',
  'verify.code.status.listProblem':
    'Seznama statusov izdajatelja ni bilo mogoče prebrati ali mu ni mogoče zaupati.',
  'verify.code.status.malformedEntry': 'Podatki o statusu dokazila so napačno oblikovani.',
  'verify.code.status.listIssuerMismatch':
    'Seznam statusov, na katerega kaže dokazilo, je izdal nekdo drug kot izdajatelj dokazila, zato ne more pokazati, ali je bilo dokazilo preklicano.',
  'verify.code.status.unsupportedType':
    'Dokazilo uporablja metodo statusa, ki je ta stran ne more preveriti.',
  'verify.fallback.ok': 'To preverjanje je bilo uspešno.',
  'verify.fallback.failed': 'To preverjanje ni uspelo.',
  'verify.fallback.unknown': 'Tega preverjanja tukaj ni bilo mogoče opraviti.',
  'verify.fallback.skipped': 'To preverjanje za to dokazilo ni relevantno.',
  'verify.annex.heading': 'Opisano s standardnimi elementi EU?',
  'verify.annex.about':
    'Gre za to, kako dokazilo opisuje mikrodokazilo s standardnimi evropskimi elementi iz Priloge I k Priporočilu Sveta z dne 16. junija 2022 o mikrodokazilih, ne pa za to, ali je dokazilo pristno.',
  'verify.annex.score': 'Prisotnih {present} od {total} obveznih elementov',
  'verify.annex.number': 'Št.',
  'verify.annex.element': 'Element',
  'verify.annex.kind': 'Obvezen ali neobvezen',
  'verify.annex.result': 'Stanje',
  'verify.annex.mandatory': 'Obvezen',
  'verify.annex.optional': 'Neobvezen',
  'verify.annex.status.present': 'Prisoten',
  'verify.annex.status.missing': 'Manjka',
  'verify.annex.status.vague': 'Nejasen',
  'verify.annex.status.notApplicable': 'Ni relevantno',
  'verify.annex.element.learner': 'Identifikacija učečega se',
  'verify.annex.element.title': 'Naziv mikrodokazila',
  'verify.annex.element.issuerCountry': 'Država/države/regija(-e) izdajatelja',
  'verify.annex.element.awardingBody': 'Organ(i), ki podeli(jo) mikrodokazilo',
  'verify.annex.element.dateOfIssuing': 'Datum izdaje',
  'verify.annex.element.learningOutcomes': 'Učni izidi',
  'verify.annex.element.workload': 'Predvidena delovna obremenitev, potrebna za doseganje učnih izidov',
  'verify.annex.element.level':
    'Raven (in cikel, če je primerno) učne izkušnje, ki vodi do mikrodokazila (EOK, QF-EHEA), če je primerno',
  'verify.annex.element.assessmentType': 'Vrsta preverjanja znanja',
  'verify.annex.element.participationForm': 'Oblika sodelovanja pri učni dejavnosti',
  'verify.annex.element.qualityAssurance': 'Vrsta zagotavljanja kakovosti, na katerem temelji mikrodokazilo',
  'verify.annex.element.prerequisites': 'Predpogoji za vpis v učno dejavnost',
  'verify.annex.element.supervision': 'Nadzor in preverjanje identitete med preverjanjem znanja',
  'verify.annex.element.grade': 'Dosežena ocena',
  'verify.annex.element.stackability': 'Možnosti vključevanja/nadgrajevanja',
  'verify.annex.element.furtherInformation': 'Dodatne informacije',
  'verify.annex.reason.absent': 'Dokazilo tega elementa ne navaja.',
  'verify.annex.reason.invalid': 'Dokazilo ta element navaja v obliki, ki je ni bilo mogoče prebrati.',
  'verify.annex.reason.noAssessment':
    'Po dokazilu preverjanja znanja ni, učni izidi mikrodokazila pa se preverijo.',
  'verify.annex.reason.noQualityAssurance':
    'Po dokazilu zagotavljanja kakovosti ni, mikrodokazila pa temeljijo na zagotavljanju kakovosti.',
  'verify.annex.reason.learner':
    'Ta stran ne prikazuje osebnih podatkov učečega se, zato se ta element tu ne ocenjuje.',
  'verify.annex.reason.notIssued': 'Ta element velja le za izdano dokazilo.',
  'verify.annex.reason.noLevel': 'Po dokazilu učenje nima ravni v nobenem ogrodju kvalifikacij.',
  'verify.annex.reason.outcomesTooShort':
    'Učni izidi so prekratki, da bi povedali, kaj imetnik ve in zna, in se ne sklicujejo na nobeno spretnost ESCO.',
  'verify.annex.reason.outcomesNotVerbLed':
    'Učni izidi niso zapisani kot to, kar učeči se zna narediti (noben se ne začne z glagolom dejanja).',
  'verify.annex.reason.noEctsOrHours':
    'Delovna obremenitev je navedena v točkah drugega ali nenavedenega sistema, ne v ECTS ali urah.',
  'verify.annex.reason.nqfWithoutEqf':
    'Navedena je le nacionalna raven, ne pa raven evropskega ogrodja kvalifikacij (EOK).',
  'verify.annex.reason.assessmentFreeTextOnly':
    'Preverjanje znanja je opisano z besedami, vrsta pa ni navedena.',
  'verify.annex.reason.otherWithoutDescription': 'Vrsta preverjanja znanja je »drugo«, brez opisa.',
  'verify.annex.reason.qaFreeTextOnly': 'Zagotavljanje kakovosti je omenjeno, vrsta pa ni navedena.',
  'done.erase': 'Ste si premislili? Izbrišite svoje odgovore s kodo potrdila',
  'privacy.erase': 'Sami izbrišite svoje odgovore s kodo potrdila',
  'privacy.contacts':
    'Če ste bili povabljeni po e-pošti, se vaš naslov, jezik in država hranijo ločeno od vaših odgovorov, uporabljajo se samo za vabilo in opomnike ter se izbrišejo {days} dni po zaprtju vprašalnika. Ko oddate odgovore, se povezava med vašim naslovom in odgovori odstrani.',

  'results.title': 'Rezultati',
  'results.intro':
    'Odgovori vprašalnikov, izpolnjenih do {date}, šteti skupaj. Da ostane vsak odgovor zaupen, ni prikazan noben podatek, ki temelji na manj kot {k} osebah, niti podatek, iz katerega bi ga bilo mogoče izračunati.',
  'results.by': 'Razčleni po',
  'results.byNone': 'Brez razčlenitve',
  'results.byTargetGroup': 'Skupina anketirancev',
  'results.byLanguage': 'Jezik odgovorov',
  'results.show': 'Prikaži',
  'results.answer': 'Odgovor',
  'results.total': 'Vsi',
  'results.noAnswer': 'Ni navedeno',
  'results.base': 'Odgovorili (osnova za odstotke)',
  'results.unitRespondents': 'število oseb',
  'results.unitItems': 'število opisanih mikrodokazil',
  'results.suppressed': 'ni prikazano, da ostanejo odgovori zaupni',
  'results.csv': 'Prenesite te tabele (CSV)',
  'results.mean': 'Povprečje',
  'results.q1': 'Prvi kvartil',
  'results.median': 'Mediana',
  'results.q3': 'Tretji kvartil',
  'results.byCountry': 'Država',
  'results.filter': 'Prikaži samo eno skupino',
  'results.filterHint':
    'Skupino je mogoče prikazati posebej le, če je dovolj anketirancev tako v njej kot zunaj nje.',
  'results.filterAll': 'Vsi anketiranci',
  'results.titleFiltered': 'Rezultati ene skupine: {group} ({grouping})',
  'results.refused.title': 'Te skupine ni mogoče prikazati posebej',
  'results.refused.body':
    'Rezultati posamezne skupine so prikazani le, če je tako v skupini kot med preostalimi anketiranci toliko oseb, da nikogar ni mogoče prepoznati. Izberite eno od skupin, ponujenih na strani z rezultati.',
  'results.refused.back': 'Nazaj na rezultate',
  'study.results': 'Rezultati raziskave',

  'results.chartDescription': 'Odstotki vseh, ki so odgovorili, kot v spodnji tabeli.',
  'results.chartHidden': 'Odgovori, ki niso prikazani zaradi zaupnosti: {count}.',

  'privacy.title': 'Posebna izjava o varstvu osebnih podatkov',
  'privacy.updated': 'Zadnja posodobitev: {date}',
  'privacy.operation': 'Dejanje obdelave: {operation}',
  'privacy.reference': 'Sklic v evidenci: {reference}',
  'privacy.introduction.heading': 'Uvod',
  'privacy.introduction.body':
    'Za to raziskavo in vaše osebne podatke v njej je odgovoren {controller} (upravljavec). Kot zahteva člen 15 Uredbe (EU) 2018/1725, vam ta izjava pove, katere podatke zbiramo, zakaj, kako dolgo jih hranimo in kakšne so vaše pravice.',
  'privacy.purpose.heading': 'Zakaj in kako obdelujemo vaše podatke',
  'privacy.purpose.default':
    'Vaše odgovore na vprašalnike raziskave »{study}« zbiramo, da bi razumeli temo raziskave in objavili njene rezultate. Odgovore analiziramo in objavimo le v združeni obliki, v skupinah, ki so dovolj velike, da nikogar ni mogoče prepoznati. Za noben drug namen jih ne uporabljamo.',
  'privacy.legalBasis.heading': 'Na kateri pravni podlagi',
  'privacy.legalBasis.default':
    'Vaše odgovore obdelujemo za opravljanje naloge v javnem interesu (točka (a) člena 5(1) Uredbe (EU) 2018/1725) in na podlagi vaše privolitve v sodelovanje (točka (d) člena 5(1)), ki jo daste na prvi strani vprašalnika. Privolitev lahko kadar koli prekličete; to ne vpliva na obdelavo pred preklicem.',
  'privacy.dataCollected.heading': 'Katere podatke zbiramo',
  'privacy.dataCollected.default':
    'Vaše odgovore; jezik, v katerem ste odgovarjali; kdaj ste začeli in končali ter koliko časa ste porabili za posamezno stran. Ne sprašujemo po vašem imenu in ne beležimo vašega IP-naslova ali brskalnika. Če zahtevate povezavo po e-pošti, da bi nadaljevali pozneje, vaš naslov uporabimo enkrat za pošiljanje in ga ne shranimo. V odprte odgovore prosimo ne pišite ničesar, po čemer bi lahko prepoznali vas ali koga drugega.',
  'privacy.retention.heading': 'Kako dolgo hranimo vaše podatke',
  'privacy.retention.default':
    'Vaše odgovore hranimo {months} mesecev po koncu raziskave. Nato jih izbrišemo ali obdržimo le podatke, po katerih nikogar ni mogoče prepoznati.',
  'privacy.security.heading': 'Kako varujemo vaše podatke',
  'privacy.security.default':
    'Odgovori se prenašajo le po šifriranih povezavah in se hranijo ločeno od morebitnih kontaktnih podatkov na strežnikih v Evropski uniji. Vidi jih lahko le raziskovalna skupina, vsak član z lastnim računom.',
  'privacy.recipients.heading': 'Kdo lahko vidi vaše podatke',
  'privacy.recipients.default':
    'Le raziskovalna skupina: {controller}. Objavljeni rezultati vsebujejo le združene podatke. Organi, pristojni za revizijo in nadzor po pravu EU, kot je Evropski nadzornik za varstvo podatkov, imajo lahko dostop, kadar to zahteva zakon.',
  'privacy.processors': 'V našem imenu in na podlagi pogodbe: {processors}',
  'privacy.transfers.heading': 'Prenosi zunaj Evropske unije',
  'privacy.transfers.default':
    'Vaši podatki se ne prenašajo v države zunaj Evropske unije in Evropskega gospodarskega prostora niti mednarodnim organizacijam.',
  'privacy.rights.heading': 'Vaše pravice in kako jih uveljavljati',
  'privacy.rights.default':
    'Imate pravico do dostopa do svojih podatkov, do njihovega popravka ali izbrisa, do omejitve obdelave, do ugovora obdelavi in do prenosljivosti podatkov ter pravico, da kadar koli prekličete privolitev. Pišite na {email} in navedite kodo potrdila, ki ste jo prejeli ob koncu vprašalnika, da bomo vaše odgovore našli, ne da bi vedeli, kdo ste. Odgovorimo v enem mesecu.',
  'privacy.voluntary.heading': 'Ali morate odgovoriti?',
  'privacy.voluntary.default':
    'Ne. Sodelovanje je prostovoljno. Vsako vprašanje, ki ni obvezno, lahko izpustite in izpolnjevanje kadar koli prekinete. Če ne sodelujete, to za vas nima nobenih posledic.',
  'privacy.automatedDecisions.heading': 'Avtomatizirane odločitve',
  'privacy.automatedDecisions.default':
    'O vas se ne sprejemajo avtomatizirane odločitve in se ne izvaja profiliranje.',
  'privacy.contact.heading': 'Kontaktni podatki',
  'privacy.contact.controller': 'Upravljavec',
  'privacy.contact.dpo': 'Pooblaščena oseba za varstvo podatkov',
  'privacy.contact.edps': 'Evropski nadzornik za varstvo podatkov',
  'privacy.contact.complaint':
    'Če menite, da so bile vaše pravice kršene, imate pravico, da kadar koli vložite pritožbo pri Evropskem nadzorniku za varstvo podatkov.',
  'privacy.moreInformation.heading': 'Več informacij',
};
