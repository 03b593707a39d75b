import type { Messages } from './en.ts';

/** UI strings in Polish. */
export const pl: Messages = {
  'layout.skipLink': 'Przejdź do treści głównej',
  'layout.languages': 'Wybierz język',
  'layout.errorPrefix': 'Błąd:',
  'layout.footer.label': 'Przydatne linki',
  'layout.footer.privacy': 'Oświadczenie o ochronie prywatności',
  'layout.footer.contact': 'Kontakt',

  'home.title': 'Badania i ankiety',
  'home.intro': 'Wybierz badanie, aby zobaczyć jego ankiety.',
  'home.empty': 'Obecnie nie ma otwartych badań.',

  'study.questionnaires': 'Ankiety',
  'study.choose': 'Wybierz ankietę, która najlepiej do Ciebie pasuje.',
  'study.minutes': 'Około {minutes} min',

  'landing.audience': 'Dla kogo jest ta ankieta',
  'landing.about': 'Czego dotyczą pytania',
  'landing.time': 'Wypełnienie zajmie około {minutes} min.',
  'landing.closes': 'Możesz odpowiadać do {date}.',
  'landing.confidential': 'Twoje odpowiedzi są poufne',
  'landing.saving':
    'Twoje odpowiedzi są zapisywane po każdej stronie. Możesz przerwać i wrócić później – na tym lub innym urządzeniu – za pomocą kodu wznowienia. Nie musisz podawać imienia i nazwiska.',
  'landing.start': 'Rozpocznij',
  'landing.continue': 'Kontynuuj od miejsca przerwania',
  'landing.resume': 'Kontynuuj za pomocą kodu wznowienia',
  'landing.completed': 'Ta ankieta została już przez Ciebie wypełniona. Twój kod potwierdzenia to {receipt}.',
  'landing.startAgain': 'Wypełnij ankietę ponownie',
  'landing.privacy': 'Jak postępujemy z Twoimi odpowiedziami: oświadczenie o ochronie prywatności',
  'landing.contact': 'Masz pytania? Napisz do: {name}, {email}.',

  'status.notOpen.title': 'Ta ankieta nie jest jeszcze otwarta',
  'status.notOpen.body': 'Zostanie otwarta {date}.',
  'status.closed.title': 'Ta ankieta jest zamknięta',
  'status.closed.body': 'Została zamknięta {date}. Dziękujemy za zainteresowanie.',
  'status.closed.bodyNoDate': 'Nie przyjmujemy już odpowiedzi. Dziękujemy za zainteresowanie.',

  'page.progress': 'Strona {current} z około {total}',
  'page.continue': 'Dalej',
  'page.save': 'Zapisz i dokończ później',
  'page.back': 'Wstecz',
  'page.optional': '(opcjonalnie)',
  'page.choose': 'Wybierz',
  'page.other': 'Doprecyzuj',
  'page.missing.dont_know': 'Nie wiem',
  'page.missing.prefer_not_to_say': 'Wolę nie odpowiadać',
  'page.or': 'lub',
  'page.multiple.hint': 'Zaznacz wszystkie pasujące odpowiedzi.',
  'page.text.limit': 'Możesz wpisać do {max} znaków.',
  'page.date.day': 'Dzień',
  'page.date.month': 'Miesiąc',
  'page.date.year': 'Rok',
  'page.date.hint': 'Na przykład 27 3 2024',
  'page.ranking.hint': 'Nadaj każdej odpowiedzi inny numer – od 1 (pierwsze miejsce) do {count}.',
  'page.ranking.rank': 'Miejsce',
  'page.consent.yes': 'Tak, zgadzam się na udział',
  'page.consent.no': 'Nie, nie chcę brać udziału',

  'errors.title': 'Wystąpił problem',

  'issue.required': 'Odpowiedz na to pytanie',
  'issue.choice.unknown': 'Wybierz jedną z podanych odpowiedzi',
  'issue.choice.tooFew': 'Zaznacz co najmniej {min} odpowiedzi',
  'issue.choice.tooMany': 'Zaznacz nie więcej niż {max} odpowiedzi',
  'issue.choice.exclusive': 'Tej odpowiedzi nie można łączyć z innymi zaznaczonymi odpowiedziami',
  'issue.other.required': 'Doprecyzuj odpowiedź „inne”',
  'issue.text.tooLong': 'Skróć odpowiedź do {max} znaków',
  'issue.text.invalid': 'Wpisz odpowiedź w formie tekstu',
  'issue.number.invalid': 'Wpisz liczbę, na przykład 12 lub 7,5',
  'issue.number.notInteger': 'Wpisz liczbę całkowitą',
  'issue.number.min': 'Wpisz liczbę równą {min} lub większą',
  'issue.number.max': 'Wpisz liczbę równą {max} lub mniejszą',
  'issue.date.invalid': 'Wpisz poprawną datę: dzień, miesiąc i rok',
  'issue.date.min': 'Wpisz datę nie wcześniejszą niż {min}',
  'issue.date.max': 'Wpisz datę nie późniejszą niż {max}',
  'issue.country.unknown': 'Wybierz kraj z listy',
  'issue.ranking.incomplete': 'Nadaj każdej odpowiedzi numer od 1 do {count}',
  'issue.ranking.duplicate': 'Nadaj każdej odpowiedzi inny numer',
  'issue.consent.required': 'Zaznacz, czy zgadzasz się na udział',
  'issue.constraint': 'Sprawdź tę odpowiedź',
  'issue.missing.withAnswer':
    'Podaj odpowiedź albo wybierz jedną z pozostałych możliwości, ale nie jedno i drugie',
  'issue.repeat.addAnother': 'Zaznacz, czy chcesz dodać kolejną pozycję',
  'issue.repeat.min': 'Dodaj co najmniej {min}',
  'issue.resume.empty': 'Wpisz kod wznowienia',
  'issue.resume.unknown': 'Nie znaleźliśmy odpowiedzi dla tego kodu. Sprawdź kod i spróbuj ponownie',
  'issue.email.invalid': 'Wpisz adres e-mail, na przykład name@example.org',

  'repeat.none': 'Nic jeszcze nie dodano.',
  'repeat.change': 'Zmień',
  'repeat.remove': 'Usuń',
  'repeat.yes': 'Tak',
  'repeat.no': 'Nie',
  'repeat.max': 'Dodano już największą liczbę pozycji, jaką można tu opisać ({max}).',
  'repeat.item': 'Pozycja {n}',
  'repeat.remove.title': 'Czy chcesz usunąć pozycję „{item}”?',
  'repeat.remove.confirm': 'Tak, usuń',
  'repeat.remove.cancel': 'Nie, zostaw',
  'repeat.gone.title': 'Ta pozycja została usunięta',
  'repeat.gone.body':
    'Została usunięta w innym oknie lub na innej karcie, dlatego to, co wpisano na tej stronie, nie zostało zapisane.',
  'repeat.full.title': 'Nie można dodać więcej pozycji',
  'repeat.full.body':
    'W innym oknie lub na innej karcie dodano już największą liczbę pozycji, jaką można tu opisać ({max}), dlatego to, co wpisano na tej stronie, nie zostało zapisane.',
  'repeat.toList': 'Przejdź do listy',

  'check.title': 'Sprawdź odpowiedzi przed wysłaniem',
  'check.change': 'Zmień',
  'check.notAnswered': 'Brak odpowiedzi',
  'check.send.title': 'Teraz wyślij odpowiedzi',
  'check.send.body': 'Po wysłaniu nie można już zmienić odpowiedzi.',
  'check.send': 'Wyślij odpowiedzi',

  'done.title': 'Dziękujemy, Twoje odpowiedzi zostały wysłane',
  'done.receipt': 'Twój kod potwierdzenia',
  'done.receiptHint':
    'Podaj go, jeśli skontaktujesz się z nami w sprawie swoich odpowiedzi. Kod nie pozwala Cię zidentyfikować.',
  'done.next.title': 'Co dalej',
  'done.next.body':
    'Odpowiedzi analizujemy łącznie z odpowiedziami innych osób i publikujemy tylko w formie zbiorczej, tak aby nie dało się rozpoznać żadnej osoby ani organizacji.',

  'save.title': 'Twoje odpowiedzi zostały zapisane',
  'save.code': 'Twój kod wznowienia',
  'save.codeHint':
    'Zapisz lub skopiuj kod. Dzięki niemu możesz kontynuować na dowolnym urządzeniu. Nie pokazuj go nikomu: każdy, kto ma ten kod, może zobaczyć Twoje odpowiedzi.',
  'save.until': 'Możesz kontynuować do {date}.',
  'save.email.title': 'Wyślij mi link e-mailem',
  'save.email.label': 'Adres e-mail',
  'save.email.hint':
    'Użyjemy go tylko do wysłania tego linku. Nie zapisujemy go razem z Twoimi odpowiedziami ani nigdzie indziej.',
  'save.email.send': 'Wyślij link',
  'save.email.sent': 'Wysłaliśmy link. Jeśli nie dotrze, użyj kodu wznowienia.',
  'save.continue': 'Kontynuuj wypełnianie',

  'resume.title': 'Kontynuuj za pomocą kodu wznowienia',
  'resume.hint': 'Kod otrzymany przy zapisywaniu, na przykład ABCD-EFGH-JKMN-PQRS-TVWX.',
  'resume.submit': 'Dalej',

  'declined.title': 'Nie bierzesz udziału w ankiecie',
  'declined.body':
    'Nic z tego, co wpisano, nie zostało zapisane. Jeśli zmienisz zdanie, możesz zacząć od nowa.',
  'declined.again': 'Zacznij od nowa',

  'error.notFound.title': 'Nie znaleziono strony',
  'error.notFound.body': 'Sprawdź adres albo zacznij od listy ankiet.',
  'error.badRequest.title': 'Nie udało się odczytać przesłanych danych',
  'error.badRequest.body': 'Przesłany formularz nie pasuje do tej strony. Wróć do strony i spróbuj ponownie.',
  'error.expired.title': 'Ta strona wygasła',
  'error.expired.body':
    'Ze względów bezpieczeństwa formularz można wysłać tylko ze strony, na której został wyświetlony. Wróć, odśwież stronę i spróbuj ponownie.',
  'error.completed.title': 'Twoje odpowiedzi zostały już wysłane',
  'error.completed.body': 'Wysłanych odpowiedzi nie można zmienić.',
  'error.tooLarge.title': 'Przesłano zbyt dużo danych',
  'error.tooLarge.body': 'Jedna z odpowiedzi jest za długa. Skróć ją i spróbuj ponownie.',
  'error.tooMany.title': 'Zbyt wiele prób',
  'error.tooMany.body': 'Odczekaj {minutes} min i spróbuj ponownie.',
  'error.unavailable.title': 'Usługa jest chwilowo niedostępna',
  'error.unavailable.body': 'Zapisane odpowiedzi są bezpieczne. Spróbuj ponownie za kilka minut.',
  'error.server.title': 'Przepraszamy, coś poszło nie tak',
  'error.server.body':
    'Odpowiedzi do ostatniej zapisanej strony są zachowane. Spróbuj ponownie za kilka minut.',
  'error.language.title': 'Niedostępne w tym języku',
  'error.language.body': 'Wybierz jeden z tych języków:',
  'error.start': 'Przejdź do listy ankiet',
  'error.start.register': 'Przejdź do rejestru mikropoświadczeń',
  'error.start.verify': 'Przejdź do strony „Sprawdź poświadczenie cyfrowe”',
  'error.notFound.bodyLink': 'Sprawdź adres albo zacznij od nowa, korzystając z linku poniżej.',

  'email.resume.subject': 'Link do kontynuowania ankiety: {title}',
  'email.resume.body':
    'Dzień dobry,\n\nna Twoją prośbę przesyłamy link do kontynuowania ankiety „{title}”. Otwórz go, aby wrócić do miejsca, w którym przerwano wypełnianie:\n\n{link}\n\n{deadline}Każdy, kto ma ten link, może zobaczyć Twoje odpowiedzi, dlatego nie przekazuj go nikomu.\n\nTę wiadomość wysyłamy tylko raz, ponieważ ten adres został wpisany w formularzu. Adres nie został zapisany.',
  'email.resume.deadline': 'Możesz kontynuować do {date}. ',

  'page.honeypot': 'Pozostaw to pole puste',
  'invitation.used.title': 'To zaproszenie zostało już wykorzystane',
  'invitation.used.body':
    'Na ankietę odpowiedziano już za pomocą tego osobistego linku. Dziękujemy za udział.',
  'invitation.invalid.title': 'Ten link nie działa',
  'invitation.invalid.body':
    'Osobisty link jest nieprawidłowy. Sprawdź, czy skopiowano go w całości, lub zacznij od strony badania.',
  'unsubscribe.title': 'Rezygnacja z e-maili dotyczących tej ankiety',
  'unsubscribe.body':
    'Nie będziemy już wysyłać zaproszeń ani przypomnień dotyczących tej ankiety na adres, na który przyszedł ten link. Nadal możesz odpowiedzieć za pomocą swojego osobistego linku.',
  'unsubscribe.submit': 'Zrezygnuj z e-maili',
  'unsubscribe.done.title': 'Nie otrzymasz już e-maili',
  'unsubscribe.done.body': 'Nie będziemy już wysyłać Ci zaproszeń ani przypomnień dotyczących tej ankiety.',
  'mail.invitation.subject': 'Zaproszenie do ankiety: {title}',
  'mail.invitation.body':
    'Dzień dobry,\n\nzapraszamy do wypełnienia ankiety „{title}”. Zajmie to około {minutes} minut.{deadline}\n\n{organisation}\n\nTwój osobisty link (prosimy go nie przekazywać):\n{link}\n\nOdpowiedzi są poufne i publikowane wyłącznie w formie zbiorczej. Jak przetwarzamy Twoje dane: {privacy}\n\nAby nie otrzymywać więcej e-maili dotyczących tej ankiety: {unsubscribe}\n',
  'mail.deadline': ' Odpowiedzi można udzielać do {closes}.',
  'mail.reminder.subject': 'Przypomnienie: {title}',
  'mail.reminder.body':
    'Dzień dobry,\n\nprzypominamy o ankiecie „{title}”. Zajmie to około {minutes} minut.{deadline} Jeśli już zaczęto, można kontynuować na tym samym urządzeniu lub za pomocą kodu wznowienia.\n\n{organisation}\n\nTwój osobisty link:\n{link}\n\nJak przetwarzamy Twoje dane: {privacy}\n\nAby nie otrzymywać więcej e-maili dotyczących tej ankiety: {unsubscribe}\n',

  'erase.title': 'Usuń swoje odpowiedzi',
  'erase.intro':
    'Wpisz kod potwierdzenia otrzymany po wysłaniu odpowiedzi. Twoje odpowiedzi zostaną wtedy usunięte natychmiast i na stałe i nie znajdą się w żadnych późniejszych wynikach.',
  'erase.receipt': 'Kod potwierdzenia',
  'erase.receiptHint': 'Osiem liter i cyfr, np. K7M2-9QXD.',
  'erase.submit': 'Usuń moje odpowiedzi',
  'erase.empty': 'Wpisz kod potwierdzenia ze strony z podziękowaniem.',
  'erase.notFound':
    'W tym badaniu nie znaleziono odpowiedzi z tym kodem potwierdzenia. Sprawdź kod i spróbuj ponownie.',
  'erase.done.title': 'Twoje odpowiedzi zostały usunięte',
  'erase.done.body': 'Nic z Twoich odpowiedzi nie jest przechowywane.',
  'home.verify': 'Sprawdź poświadczenie cyfrowe (Open Badges lub Europass)',
  'verify.title': 'Sprawdź poświadczenie cyfrowe',
  'verify.intro':
    'Sprawdź, czy poświadczenie Open Badges 3.0 lub cyfrowe poświadczenie Europass jest nienaruszone, kto je podpisał lub opieczętował i czy było ważne w danym dniu. Nic, co wkleisz lub prześlesz, nie jest przechowywane.',
  'verify.text.label': 'Wklej poświadczenie',
  'verify.text.hint':
    'Poświadczenie w formacie JSON albo jako podpisany token (zwarty JWS: trzy części rozdzielone kropkami).',
  'verify.file.label': 'Albo prześlij plik poświadczenia',
  'verify.file.hint': 'Plik .json, .jsonld, .jwt lub .txt o rozmiarze najwyżej {megabytes} MB.',
  'verify.date.label': 'Data weryfikacji',
  'verify.date.hint':
    'Poświadczenie jest sprawdzane według stanu na ten dzień: dzisiaj, chyba że wybierzesz inną datę. Pieczęć Europass pozostaje autentyczna po wygaśnięciu jej certyfikatu, dlatego dla starszego poświadczenia wybierz datę, w której certyfikat był jeszcze ważny, na przykład dzień wydania poświadczenia.',
  'verify.submit': 'Sprawdź poświadczenie',
  'verify.another': 'Sprawdź inne poświadczenie',
  'verify.error.empty': 'Wklej poświadczenie lub wybierz plik',
  'verify.error.both': 'Wklej poświadczenie lub wybierz plik, nie oba naraz',
  'verify.error.notUtf8':
    'Nie udało się odczytać pliku jako tekstu. Wybierz plik poświadczenia w takiej postaci, w jakiej go otrzymałeś (JSON lub podpisany token, w UTF-8).',
  'verify.error.emptyFile': 'Wybrany plik jest pusty',
  'verify.error.date':
    'Podaj jako datę weryfikacji prawdziwą datę, na przykład 2024-01-31, a następnie ponownie wklej lub wybierz poświadczenie',
  'verify.tooLarge.title': 'Plik jest za duży',
  'verify.tooLarge.body':
    'Poświadczenie do sprawdzenia może mieć najwyżej {megabytes} MB. Sprawdź, czy wybrałeś samo poświadczenie, a potem wróć i spróbuj ponownie.',
  'verify.result.title': 'Wynik sprawdzenia',
  'verify.verdict.valid': 'Ważne',
  'verify.verdict.validBody':
    'Wszystkie kontrole, które dotyczą tego poświadczenia, zakończyły się powodzeniem.',
  'verify.verdict.invalid': 'Nieważne',
  'verify.verdict.invalidBody':
    'Co najmniej jedna kontrola zakończyła się niepowodzeniem. Nie polegaj na tym poświadczeniu; kontrole poniżej wyjaśniają dlaczego.',
  'verify.verdict.unknown': 'Nie udało się sprawdzić w pełni',
  'verify.verdict.unknownBody':
    'Żadna kontrola nie zakończyła się niepowodzeniem, ale niektórych nie można było tu przeprowadzić. Nie wykazano, że poświadczenie jest ważne; kontrole poniżej wskazują, czego brakuje.',
  'verify.facts.heading': 'O poświadczeniu',
  'verify.facts.format': 'Format',
  'verify.facts.title': 'Tytuł',
  'verify.facts.achievement': 'Osiągnięcie',
  'verify.facts.issuer': 'Wydane przez',
  'verify.facts.issued': 'Data wydania',
  'verify.facts.validFrom': 'Ważne od',
  'verify.facts.validUntil': 'Ważne do',
  'verify.facts.note':
    'Dane osobowe osoby uczącej się (imię i nazwisko, dane kontaktowe, data urodzenia, identyfikatory) nie są wyświetlane.',
  'verify.format.openBadges': 'Open Badges 3.0',
  'verify.format.europass': 'Cyfrowe poświadczenie Europass (European Learning Model 3)',
  'verify.format.unknown': 'Nierozpoznany',
  'verify.checks.heading': 'Kontrole',
  'verify.checks.at': 'Sprawdzono według stanu na {date}.',
  'verify.checks.check': 'Kontrola',
  'verify.checks.result': 'Wynik',
  'verify.checks.meaning': 'Co to oznacza',
  'verify.check.format': 'Format',
  'verify.check.schema': 'Wymagana treść',
  'verify.check.signature': 'Podpis lub pieczęć',
  'verify.check.certificate': 'Certyfikat pieczęci',
  'verify.check.issuer': 'Wystawca',
  'verify.check.validity': 'Okres ważności',
  'verify.check.status': 'Unieważnienie',
  'verify.check.unknown': 'Inna kontrola',
  'verify.status.ok': 'Pozytywny',
  'verify.status.failed': 'Negatywny',
  'verify.status.unknown': 'Nie udało się sprawdzić',
  'verify.status.skipped': 'Nie dotyczy',
  'verify.details': 'Szczegóły techniczne',
  'verify.proves.heading': 'Co to dowodzi, a czego nie',
  'verify.proves.seal':
    'Pozytywny wynik kontroli podpisu lub pieczęci pokazuje, że poświadczenie nie zostało zmienione od podpisania, oraz jakim kluczem lub certyfikatem je podpisano.',
  'verify.proves.not':
    'Nie pokazuje, że nauka rzeczywiście się odbyła, że osoba, która przekazała Ci poświadczenie, jest jego posiadaczem, ani że instytucja przyznająca jest akredytowana lub uznana.',
  'verify.proves.offline':
    'Sprawdzenie odbywa się tutaj, bez połączenia z internetem: listy unieważnień, klucze wystawców i listy zaufania nie są pobierane. To, co ich wymaga, jest oznaczone jako „nie udało się sprawdzić”, nigdy jako pozytywne. Jeśli to ważne, zapytaj wystawcę.',
  'verify.proves.timestamps':
    'Znaczniki czasu w pieczęci Europass nie są weryfikowane: certyfikat jest oceniany według wybranej daty weryfikacji, a nie według udowodnionej chwili opieczętowania.',
  'verify.proves.stored': 'Nic ze sprawdzanego poświadczenia nie jest przechowywane ani rejestrowane.',
  'verify.code.format.openBadges3': 'Plik jest poświadczeniem Open Badges 3.0.',
  'verify.code.format.elm3': 'Plik jest cyfrowym poświadczeniem Europass.',
  'verify.code.format.preReleaseContext':
    'Poświadczenie jest zgodne z projektem Open Badges 3.0 sprzed ostatecznej wersji standardu, dlatego nie można go w pełni sprawdzić.',
  'verify.code.format.unreadable':
    'Nie udało się odczytać tekstu jako poświadczenia: nie jest to ani JSON, ani podpisany token.',
  'verify.code.format.payloadNotJson': 'Opieczętowany plik nie zawiera poświadczenia w formacie JSON.',
  'verify.code.format.tooLarge': 'Poświadczenie jest większe, niż ta strona może sprawdzić.',
  'verify.code.format.notCredential':
    'Plik da się odczytać, ale nie jest poświadczeniem Open Badges 3.0 ani Europass.',
  'verify.code.error': 'Nieoczekiwany problem przerwał tę kontrolę, więc nie można było jej przeprowadzić.',
  'verify.code.notRun': 'Nie sprawdzono, ponieważ pliku nie udało się odczytać jako poświadczenia.',
  'verify.code.schema.ok': 'Poświadczenie zawiera całą treść wymaganą przez standard.',
  'verify.code.schema.failed': 'Brakuje treści wymaganej przez standard lub ma ona niewłaściwą postać.',
  'verify.code.signature.ok':
    'Podpis lub pieczęć odpowiada treści: poświadczenie nie zostało zmienione od podpisania.',
  'verify.code.signature.bad':
    'Podpis nie odpowiada treści: poświadczenie zmieniono po podpisaniu albo podpis nie jest autentyczny.',
  'verify.code.signature.undefinedTerms':
    'Poświadczenie zawiera dane, których jego słownik nie definiuje, więc podpis by ich nie obejmował.',
  'verify.code.signature.none':
    'Poświadczenie nie jest podpisane ani opieczętowane, więc nic nie pokazuje, kto je wydał ani że jest nienaruszone.',
  'verify.code.signature.keyUnavailable':
    'Klucza potrzebnego do sprawdzenia podpisu nie można uzyskać bez połączenia z internetem.',
  'verify.code.signature.unsupported': 'Podpis używa metody, której ta strona nie potrafi sprawdzić.',
  'verify.code.signature.wrongPurpose': 'Podpis nie został złożony w celu wydawania poświadczeń.',
  'verify.code.signature.malformed':
    'Podpis jest niekompletny lub nie został złożony tak, jak wymaga standard.',
  'verify.code.signature.claims':
    'Podpisany token i zawarte w nim poświadczenie nie są zgodne (wystawca, identyfikator, posiadacz lub daty).',
  'verify.code.signature.certificate':
    'Brakuje certyfikatu pieczęci, jest on nieczytelny albo nie jest tym, który wskazuje pieczęć.',
  'verify.code.signature.noCertificate': 'Pieczęć nie zawiera certyfikatu, więc nie można jej tu sprawdzić.',
  'verify.code.context.notBundled':
    'Poświadczenie odwołuje się do słownika, który nie jest dostępny bez połączenia z internetem, więc nie udało się sprawdzić podpisu.',
  'verify.code.certificate.valid': 'Certyfikat pieczęci był ważny w dniu weryfikacji.',
  'verify.code.certificate.expired':
    'Certyfikat pieczęci wygasł przed datą weryfikacji. Jeśli poświadczenie opieczętowano wcześniej, wybierz datę weryfikacji, w której certyfikat był jeszcze ważny.',
  'verify.code.certificate.notYetValid': 'Certyfikat pieczęci nie był jeszcze ważny w dniu weryfikacji.',
  'verify.code.certificate.keyUsage': 'Certyfikatu pieczęci nie wolno używać do pieczęci ani podpisów.',
  'verify.code.certificate.chainTrusted': 'Certyfikat pieczęci prowadzi do zaufanego urzędu certyfikacji.',
  'verify.code.certificate.noTrustAnchor':
    'Nie można tu potwierdzić, czy urząd certyfikacji jest zaufany: nie jest sprawdzana żadna unijna lista zaufania.',
  'verify.code.certificate.chainBroken':
    'Łańcuch certyfikatów jest przerwany: brakuje certyfikatu wystawcy, nie jest on urzędem certyfikacji albo nie był ważny.',
  'verify.code.certificate.notRevoked':
    'Informacje o unieważnieniu zawarte w pieczęci pokazują, że certyfikat nie był unieważniony.',
  'verify.code.certificate.revocationUnknown':
    'Nie można potwierdzić, czy certyfikat był unieważniony: w pieczęci brakuje informacji o unieważnieniu lub nie są one aktualne na dzień weryfikacji.',
  'verify.code.certificate.revoked': 'Certyfikat pieczęci został unieważniony.',
  'verify.code.certificate.none': 'Nie ma pieczęci, więc nie ma certyfikatu do sprawdzenia.',
  'verify.code.issuer.ok':
    'Klucz lub certyfikat, którym podpisano, należy do wystawcy wskazanego w poświadczeniu.',
  'verify.code.issuer.unconfirmed':
    'Nie udało się tu potwierdzić, że klucz podpisu należy do wystawcy wskazanego w poświadczeniu.',
  'verify.code.issuer.noVerifiedKey': 'Nie można tego sprawdzić bez pozytywnie zweryfikowanego podpisu.',
  'verify.code.issuer.missing': 'Poświadczenie nie wskazuje wystawcy.',
  'verify.code.issuer.mismatch': 'Pieczęć należy do innej organizacji niż wystawca wskazany w poświadczeniu.',
  'verify.code.issuer.partialMatch':
    'Organizacja, która opieczętowała poświadczenie, tylko częściowo odpowiada wystawcy wskazanemu w poświadczeniu.',
  'verify.code.issuer.noIdentifier':
    'W poświadczeniu lub w certyfikacie pieczęci brakuje identyfikatora organizacji potrzebnego do ich porównania.',
  'verify.code.issuer.noSeal':
    'Nie ma pieczęci, więc nie ma organizacji pieczętującej do porównania z wystawcą.',
  'verify.code.validity.ok': 'Poświadczenie było ważne w dniu weryfikacji.',
  'verify.code.validity.expired': 'Poświadczenie wygasło przed datą weryfikacji.',
  'verify.code.validity.notYetValid': 'Poświadczenie nie było jeszcze ważne w dniu weryfikacji.',
  'verify.code.validity.badDate': 'Data w poświadczeniu nie jest zapisana jako prawidłowa data.',
  'verify.code.validity.noDates':
    'Poświadczenie nie podaje dat, na podstawie których można ocenić jego ważność.',
  'verify.code.validity.noValidationTime': 'Nie podano daty weryfikacji, więc nie można było ocenić dat.',
  'verify.code.status.current':
    'Lista statusów wystawcy pokazuje, że poświadczenie nie jest ani unieważnione, ani zawieszone.',
  'verify.code.status.revoked': 'Wystawca unieważnił poświadczenie.',
  'verify.code.status.suspended': 'Wystawca zawiesił poświadczenie.',
  'verify.code.status.none': 'Poświadczenie nie ma statusu unieważnienia do sprawdzenia.',
  'verify.code.status.listUnreachable':
    'Wystawca publikuje status unieważnienia w internecie; ta strona go nie pobiera, więc nie wiadomo, czy poświadczenie zostało unieważnione.',
  'verify.code.status.listProblem': 'Listy statusów wystawcy nie udało się odczytać lub nie można jej ufać.',
  'verify.code.status.malformedEntry': 'Informacje o statusie poświadczenia są nieprawidłowe.',
  'verify.code.status.listIssuerMismatch':
    'Listę statusów, na którą wskazuje poświadczenie, wystawił ktoś inny niż wystawca poświadczenia, więc nie może ona pokazać, czy poświadczenie zostało unieważnione.',
  'verify.code.status.unsupportedType':
    'Poświadczenie używa metody statusu, której ta strona nie potrafi sprawdzić.',
  'verify.fallback.ok': 'Ta kontrola zakończyła się powodzeniem.',
  'verify.fallback.failed': 'Ta kontrola zakończyła się niepowodzeniem.',
  'verify.fallback.unknown': 'Tej kontroli nie można było tu przeprowadzić.',
  'verify.fallback.skipped': 'Ta kontrola nie dotyczy tego poświadczenia.',
  'verify.annex.heading': 'Opisane za pomocą standardowych elementów UE?',
  'verify.annex.about':
    'Chodzi o to, jak poświadczenie opisuje mikropoświadczenie za pomocą europejskich standardowych elementów z załącznika I do zalecenia Rady z dnia 16 czerwca 2022 r. w sprawie mikropoświadczeń, a nie o to, czy poświadczenie jest autentyczne.',
  'verify.annex.score': 'Obecne elementy obowiązkowe: {present} z {total}',
  'verify.annex.number': 'Nr',
  'verify.annex.element': 'Element',
  'verify.annex.kind': 'Obowiązkowy czy fakultatywny',
  'verify.annex.result': 'Stan',
  'verify.annex.mandatory': 'Obowiązkowy',
  'verify.annex.optional': 'Fakultatywny',
  'verify.annex.status.present': 'Obecny',
  'verify.annex.status.missing': 'Brak',
  'verify.annex.status.vague': 'Niejasny',
  'verify.annex.status.notApplicable': 'Nie dotyczy',
  'verify.annex.element.learner': 'Identyfikacja osoby uczącej się',
  'verify.annex.element.title': 'Nazwa mikropoświadczenia',
  'verify.annex.element.issuerCountry': 'Kraj(e)/region(y) wystawcy',
  'verify.annex.element.awardingBody': 'Podmiot(y) przyznający(-e)',
  'verify.annex.element.dateOfIssuing': 'Data wystawienia',
  'verify.annex.element.learningOutcomes': 'Efekty uczenia się',
  'verify.annex.element.workload': 'Przewidywany nakład pracy potrzebny do osiągnięcia efektów uczenia się',
  'verify.annex.element.level':
    'Poziom (i cykl, w stosownych przypadkach) doświadczenia edukacyjnego prowadzącego do mikropoświadczenia (ERK, QF-EHEA), w stosownych przypadkach',
  'verify.annex.element.assessmentType': 'Rodzaj oceny',
  'verify.annex.element.participationForm': 'Forma uczestnictwa w działaniu edukacyjnym',
  'verify.annex.element.qualityAssurance':
    'Rodzaj zapewniania jakości, na którym opiera się mikropoświadczenie',
  'verify.annex.element.prerequisites': 'Warunki wstępne zapisu na działanie edukacyjne',
  'verify.annex.element.supervision': 'Nadzór i weryfikacja tożsamości podczas oceny',
  'verify.annex.element.grade': 'Uzyskana ocena',
  'verify.annex.element.stackability': 'Możliwości integracji/łączenia',
  'verify.annex.element.furtherInformation': 'Dodatkowe informacje',
  'verify.annex.reason.absent': 'Poświadczenie nie podaje tego elementu.',
  'verify.annex.reason.invalid': 'Poświadczenie podaje ten element w postaci, której nie udało się odczytać.',
  'verify.annex.reason.noAssessment':
    'Według poświadczenia nie ma oceny, a przecież efekty uczenia się mikropoświadczenia podlegają ocenie.',
  'verify.annex.reason.noQualityAssurance':
    'Według poświadczenia nie ma zapewniania jakości, a przecież mikropoświadczenia opierają się na zapewnianiu jakości.',
  'verify.annex.reason.learner':
    'Ta strona nie pokazuje danych osobowych osoby uczącej się, dlatego ten element nie jest tu oceniany.',
  'verify.annex.reason.notIssued': 'Ten element dotyczy tylko wystawionego poświadczenia.',
  'verify.annex.reason.noLevel':
    'Według poświadczenia uczenie się nie ma poziomu w żadnej ramie kwalifikacji.',
  'verify.annex.reason.outcomesTooShort':
    'Efekty uczenia się są zbyt krótkie, by powiedzieć, co posiadacz wie i potrafi, i nie odwołują się do żadnej umiejętności ESCO.',
  'verify.annex.reason.outcomesNotVerbLed':
    'Efekty uczenia się nie są zapisane jako to, co osoba ucząca się potrafi (żaden nie zaczyna się od czasownika czynności).',
  'verify.annex.reason.noEctsOrHours':
    'Nakład pracy podano w punktach innego lub nieokreślonego systemu, a nie w ECTS lub godzinach.',
  'verify.annex.reason.nqfWithoutEqf':
    'Podano tylko poziom krajowy, a nie poziom europejskich ram kwalifikacji (ERK).',
  'verify.annex.reason.assessmentFreeTextOnly': 'Ocenę opisano słowami, ale nie podano jej rodzaju.',
  'verify.annex.reason.otherWithoutDescription': 'Rodzaj oceny to „inny”, bez opisu.',
  'verify.annex.reason.qaFreeTextOnly': 'Wspomniano o zapewnianiu jakości, ale nie podano jego rodzaju.',
  'done.erase': 'Zmiana zdania? Usuń swoje odpowiedzi za pomocą kodu potwierdzenia',
  'privacy.erase': 'Usuń swoje odpowiedzi samodzielnie za pomocą kodu potwierdzenia',
  'privacy.contacts':
    'Jeśli otrzymałeś zaproszenie e-mailem, Twój adres, język i kraj są przechowywane oddzielnie od odpowiedzi, wykorzystywane wyłącznie do wysłania zaproszenia i przypomnień i usuwane {days} dni po zamknięciu ankiety. Po wysłaniu odpowiedzi powiązanie między Twoim adresem a odpowiedziami zostaje usunięte.',

  'results.title': 'Wyniki',
  'results.intro':
    'Odpowiedzi z ankiet wypełnionych do {date}, liczone łącznie. Aby każda odpowiedź pozostała poufna, nie pokazujemy żadnej liczby opartej na mniej niż {k} osobach ani liczby, z której można by taką wyliczyć.',
  'results.by': 'Podział według',
  'results.byNone': 'Bez podziału',
  'results.byTargetGroup': 'Grupa respondentów',
  'results.byLanguage': 'Język odpowiedzi',
  'results.show': 'Pokaż',
  'results.answer': 'Odpowiedź',
  'results.total': 'Wszyscy',
  'results.noAnswer': 'Nie podano',
  'results.base': 'Udzielili odpowiedzi (podstawa odsetków)',
  'results.unitRespondents': 'liczba osób',
  'results.unitItems': 'liczba opisanych mikropoświadczeń',
  'results.suppressed': 'nie pokazano, aby odpowiedzi pozostały poufne',
  'results.csv': 'Pobierz te tabele (CSV)',
  'results.mean': 'Średnia',
  'results.q1': 'Pierwszy kwartyl',
  'results.median': 'Mediana',
  'results.q3': 'Trzeci kwartyl',
  'results.byCountry': 'Kraj',
  'results.filter': 'Pokaż tylko jedną grupę',
  'results.filterHint':
    'Grupę można pokazać osobno tylko wtedy, gdy zarówno ona, jak i pozostali respondenci są wystarczająco liczni.',
  'results.filterAll': 'Wszyscy respondenci',
  'results.titleFiltered': 'Wyniki jednej grupy: {group} ({grouping})',
  'results.refused.title': 'Tej grupy nie można pokazać osobno',
  'results.refused.body':
    'Wyniki pojedynczej grupy pokazujemy tylko wtedy, gdy zarówno ta grupa, jak i pozostali respondenci są na tyle liczni, że nikogo nie da się rozpoznać. Wybierz jedną z grup dostępnych na stronie wyników.',
  'results.refused.back': 'Wróć do wyników',
  'study.results': 'Wyniki badania',

  'results.chartDescription': 'Odsetki wszystkich, którzy odpowiedzieli, jak w tabeli poniżej.',
  'results.chartHidden': 'Odpowiedzi niepokazane ze względu na poufność: {count}.',

  'privacy.title': 'Szczegółowa klauzula informacyjna o ochronie danych',
  'privacy.updated': 'Ostatnia aktualizacja: {date}',
  'privacy.operation': 'Operacja przetwarzania: {operation}',
  'privacy.reference': 'Numer w rejestrze: {reference}',
  'privacy.introduction.heading': 'Wprowadzenie',
  'privacy.introduction.body':
    'Za to badanie i Twoje dane osobowe w nim przetwarzane odpowiada {controller} (administrator). Zgodnie z art. 15 rozporządzenia (UE) 2018/1725 informujemy tutaj, jakie dane zbieramy, w jakim celu, jak długo je przechowujemy i jakie masz prawa.',
  'privacy.purpose.heading': 'Dlaczego i w jaki sposób przetwarzamy Twoje dane',
  'privacy.purpose.default':
    'Zbieramy Twoje odpowiedzi na pytania ankiet badania „{study}”, aby lepiej zrozumieć temat badania i opublikować jego wyniki. Odpowiedzi są analizowane i publikowane wyłącznie w formie zbiorczej, w grupach na tyle dużych, że nikogo nie da się rozpoznać. Nie są wykorzystywane w żadnym innym celu.',
  'privacy.legalBasis.heading': 'Na jakiej podstawie prawnej',
  'privacy.legalBasis.default':
    'Przetwarzamy Twoje odpowiedzi w celu wykonania zadania realizowanego w interesie publicznym (art. 5 ust. 1 lit. a) rozporządzenia (UE) 2018/1725) oraz na podstawie Twojej zgody na udział (art. 5 ust. 1 lit. d)), którą wyrażasz na pierwszej stronie ankiety. Możesz w każdej chwili wycofać zgodę; nie wpływa to na zgodność z prawem wcześniejszego przetwarzania.',
  'privacy.dataCollected.heading': 'Jakie dane zbieramy',
  'privacy.dataCollected.default':
    'Twoje odpowiedzi; język, w którym odpowiadasz; czas rozpoczęcia i zakończenia oraz czas spędzony na każdej stronie. Nie pytamy o imię i nazwisko ani nie zapisujemy adresu IP czy przeglądarki. Jeśli poprosisz o link e-mailem, aby dokończyć później, Twój adres zostanie użyty jeden raz do jego wysłania i nie będzie przechowywany. Prosimy nie wpisywać w odpowiedziach otwartych niczego, co pozwoliłoby rozpoznać Ciebie lub inną osobę.',
  'privacy.retention.heading': 'Jak długo przechowujemy Twoje dane',
  'privacy.retention.default':
    'Przechowujemy Twoje odpowiedzi przez {months} mies. od zakończenia badania. Następnie je usuwamy lub zachowujemy tylko dane, które nie pozwalają nikogo zidentyfikować.',
  'privacy.security.heading': 'Jak chronimy Twoje dane',
  'privacy.security.default':
    'Odpowiedzi są przesyłane wyłącznie szyfrowanymi połączeniami i przechowywane oddzielnie od jakichkolwiek danych kontaktowych na serwerach w Unii Europejskiej. Dostęp do nich ma tylko zespół badawczy, każda osoba przez własne konto.',
  'privacy.recipients.heading': 'Kto ma dostęp do Twoich danych',
  'privacy.recipients.default':
    'Wyłącznie zespół badawczy: {controller}. Publikowane wyniki zawierają tylko dane zbiorcze. Organy odpowiedzialne za audyt i nadzór na mocy prawa UE, takie jak Europejski Inspektor Ochrony Danych, mogą uzyskać dostęp, jeśli wymaga tego prawo.',
  'privacy.processors': 'W naszym imieniu i na podstawie umowy: {processors}',
  'privacy.transfers.heading': 'Przekazywanie danych poza Unię Europejską',
  'privacy.transfers.default':
    'Twoje dane nie są przekazywane do państw spoza Unii Europejskiej i Europejskiego Obszaru Gospodarczego ani do organizacji międzynarodowych.',
  'privacy.rights.heading': 'Twoje prawa i jak z nich korzystać',
  'privacy.rights.default':
    'Masz prawo dostępu do swoich danych, ich sprostowania lub usunięcia, ograniczenia przetwarzania, wniesienia sprzeciwu wobec przetwarzania i przenoszenia danych, a także prawo do wycofania zgody w dowolnym momencie. Napisz na adres {email} i podaj kod potwierdzenia otrzymany na końcu ankiety, abyśmy mogli odnaleźć Twoje odpowiedzi, nie wiedząc, kim jesteś. Odpowiadamy w ciągu miesiąca.',
  'privacy.voluntary.heading': 'Czy musisz odpowiadać?',
  'privacy.voluntary.default':
    'Nie. Udział jest dobrowolny. Możesz pominąć każde pytanie, które nie jest obowiązkowe, i przerwać w dowolnym momencie. Brak udziału nie ma dla Ciebie żadnych konsekwencji.',
  'privacy.automatedDecisions.heading': 'Zautomatyzowane decyzje',
  'privacy.automatedDecisions.default':
    'Nie podejmujemy wobec Ciebie żadnych zautomatyzowanych decyzji i nie stosujemy profilowania.',
  'privacy.contact.heading': 'Dane kontaktowe',
  'privacy.contact.controller': 'Administrator',
  'privacy.contact.dpo': 'Inspektor ochrony danych',
  'privacy.contact.edps': 'Europejski Inspektor Ochrony Danych',
  'privacy.contact.complaint':
    'Jeśli uważasz, że Twoje prawa zostały naruszone, masz prawo w każdej chwili wnieść skargę do Europejskiego Inspektora Ochrony Danych.',
  'privacy.moreInformation.heading': 'Więcej informacji',
};
