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

  'email.resume.subject': 'Vaša povezava za nadaljevanje: {title}',
  'email.resume.body':
    'Pozdravljeni,\n\nzaprosili ste za povezavo za nadaljevanje vprašalnika „{title}“. Odprite jo in nadaljujte, kjer ste končali:\n\n{link}\n\nRok za nadaljevanje: {date}. Kdor ima to povezavo, lahko vidi vaše odgovore, zato je ne delite z drugimi.\n\nTo sporočilo prejmete samo enkrat, ker ste vnesli ta naslov. Naslov ni bil shranjen.',

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
    'Pozdravljeni,\n\n{organisation} vas vabi, da odgovorite na vprašalnik »{title}«. Izpolnjevanje traja približno {minutes} minut, odgovorite lahko do {closes}.\n\nVaša osebna povezava (prosimo, ne posredujte je drugim):\n{link}\n\nVaši odgovori so zaupni in se objavijo samo v združeni obliki. Kako obdelujemo vaše podatke: {privacy}\n\nČe ne želite več prejemati e-sporočil o tem vprašalniku: {unsubscribe}\n',
  'mail.reminder.subject': 'Opomnik: {title}',
  'mail.reminder.body':
    'Pozdravljeni,\n\nopominjamo vas na vprašalnik »{title}« ({organisation}). Izpolnjevanje traja približno {minutes} minut, odgovorite lahko do {closes}. Če ste že začeli, nadaljujte na isti napravi ali s kodo za nadaljevanje.\n\nVaša osebna povezava:\n{link}\n\nKako obdelujemo vaše podatke: {privacy}\n\nČe ne želite več prejemati e-sporočil o tem vprašalniku: {unsubscribe}\n',

  'erase.title': 'Izbrišite svoje odgovore',
  'erase.intro':
    'Vnesite kodo potrdila, ki ste jo prejeli ob oddaji odgovorov. Vaši odgovori bodo takoj in trajno izbrisani in ne bodo vključeni v nobene poznejše rezultate.',
  'erase.receipt': 'Koda potrdila',
  'erase.receiptHint': 'Osem črk in številk, na primer K7M2-9QXD.',
  'erase.submit': 'Izbriši moje odgovore',
  'erase.notFound': 'V tej raziskavi ni odgovorov s to kodo potrdila. Preverite kodo in poskusite znova.',
  'erase.done.title': 'Vaši odgovori so izbrisani',
  'erase.done.body': 'Od vaših odgovorov se ne hrani nič.',
  'done.erase': 'Ste si premislili? Izbrišite svoje odgovore s kodo potrdila',
  'privacy.erase': 'Sami izbrišite svoje odgovore s kodo potrdila',
  'privacy.contacts':
    'Če ste bili povabljeni po e-pošti, se vaš naslov, jezik in država hranijo ločeno od vaših odgovorov, uporabljajo se samo za vabilo in opomnike ter se izbrišejo {days} dni po zaprtju vprašalnika. Ko oddate odgovore, se povezava med vašim naslovom in odgovori odstrani.',

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
