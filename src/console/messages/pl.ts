import type { ConsoleMessages } from './en.ts';
import { registerMessagesPl } from './register.pl.ts';

/** The console's words in Polish. */
export const pl: ConsoleMessages = {
  ...registerMessagesPl,
  'console.name': 'konsola credmap',
  'console.skipLink': 'Przejdź do treści głównej',
  'console.accountNav': 'Konto',
  'console.breadcrumbs': 'Ścieżka nawigacji',
  'console.logout': 'Wyloguj się',
  'console.errorPrefix': 'Błąd:',
  'console.issues.title': 'Wystąpił problem',

  'console.problem.notFound': 'Ta strona nie istnieje albo to konto nie ma do niej dostępu.',
  'console.problem.forbidden': 'Rola przypisana w tym badaniu na to nie pozwala.',
  'console.problem.unauthorized': 'Najpierw należy się zalogować.',
  'console.problem.expired': 'Ten formularz wygasł. Wróć, odśwież stronę i spróbuj ponownie.',
  'console.problem.badRequest': 'Nie udało się odczytać przesłanych danych. Wróć i spróbuj ponownie.',
  'console.problem.tooLarge': 'Żądanie jest większe niż {max} MB.',
  'console.problem.unavailable': 'Usługa nie może teraz odpowiedzieć. Spróbuj ponownie za minutę.',
  'console.problem.title': 'Nie udało się zrealizować tego żądania',
  'console.problem.back': 'Powrót do konsoli',
  'console.form.unstorable':
    'Pole „{field}” zawiera znak, którego nie można zapisać (NUL, niewidoczny znak sterujący). Wróć, usuń go i spróbuj ponownie.',
  'console.form.unstorableField':
    'Ten tekst zawiera niewidoczny znak sterujący (NUL), którego nie można zapisać. Usuń go i spróbuj ponownie.',

  'console.login.title': 'Logowanie',
  'console.login.email': 'Adres e-mail',
  'console.login.password': 'Hasło',
  'console.login.submit': 'Zaloguj się',
  'console.login.wrong': 'Adres e-mail lub hasło są nieprawidłowe.',
  'console.login.locked': 'Zbyt wiele nieudanych prób z tym adresem. Spróbuj ponownie za {minutes} min.',

  'console.setup.title': 'Konfiguracja credmap',
  'console.setup.intro':
    'Ten link tworzy pierwsze konto. Staje się ono właścicielem wszystkich badań i może przydzielać role innym osobom.',
  'console.link.title': 'Ustawianie hasła',
  'console.link.intro': 'Ustaw hasło do konta {email}.',
  'console.link.submit': 'Zapisz i zaloguj się',
  'console.link.invalid':
    'Ten link wygasł lub został już wykorzystany. Nowy link można uzyskać od właściciela badania.',

  'console.account.title': 'Konto',
  'console.account.name': 'Imię i nazwisko',
  'console.account.newPassword': 'Nowe hasło',
  'console.account.currentPassword': 'Obecne hasło',
  'console.account.passwordHint': 'Co najmniej {min} znaków. Zdanie złożone z kilku słów łatwo zapamiętać.',
  'console.account.password.tooShort': 'Hasło musi mieć co najmniej {min} znaków.',
  'console.account.password.tooLong': 'Hasło może mieć najwyżej {max} znaków.',
  'console.account.password.isEmail': 'Hasło nie może być adresem e-mail konta.',
  'console.account.passwordWrong': 'Obecne hasło jest nieprawidłowe.',
  'console.account.passwordChanged': 'Hasło zostało zmienione. Pozostałe sesje zostały wylogowane.',
  'console.account.nameMissing': 'Wpisz imię i nazwisko.',
  'console.account.emailInvalid': 'Wpisz adres e-mail, na przykład name@example.org.',
  'console.account.language': 'Język konsoli',
  'console.account.languageSave': 'Zapisz język',
  'console.account.passwordSave': 'Zmień hasło',
  'console.account.tokens': 'Tokeny API',
  'console.account.tokensIntro':
    'Token pozwala skryptowi korzystać z API pod adresem /api/v1 z uprawnieniami ról tego konta. Jest wyświetlany tylko raz: należy go chronić jak hasło.',
  'console.account.tokenName': 'Do czego służy token',
  'console.account.tokenCreate': 'Utwórz token',
  'console.account.tokenCreated': 'Nowy token (wyświetlany tylko teraz):',
  'console.account.tokenRevoke': 'Unieważnij',
  'console.account.tokenNone': 'To konto nie ma tokenów API.',
  'console.account.tokenLastUsed': 'Ostatnio użyty',
  'console.account.tokenNever': 'nigdy',

  'console.role.owner': 'Właściciel',
  'console.role.researcher': 'Badacz',
  'console.role.analyst': 'Analityk',
  'console.role.translator': 'Tłumacz',
  'console.role.viewer': 'Przeglądający',

  'console.studies.title': 'Badania',
  'console.studies.none': 'To konto nie ma jeszcze roli w żadnym badaniu. Właściciel badania może je dodać.',
  'console.study.yourRole': 'Rola: {role}',
  'console.study.timeZone': 'Strefa czasowa: {zone}',
  'console.study.questionnaires': 'Ankiety',
  'console.study.questionnaire': 'Ankieta',
  'console.study.status': 'Status',
  'console.study.started': 'Rozpoczęte',
  'console.study.completed': 'Ukończone',
  'console.study.newQuestionnaire': 'Dodaj ankietę',
  'console.study.newHint':
    'Arkusz XLSForm (.xlsx) lub definicja credmap (.yaml, .json). Zostanie zapisana jako wersja robocza; respondenci nie zobaczą niczego, dopóki ankieta nie zostanie opublikowana i otwarta.',

  'console.status.notOpen': 'Jeszcze nieotwarta',
  'console.status.open': 'Otwarta',
  'console.status.closed': 'Zamknięta',

  'console.schedule.title': 'Termin realizacji',
  'console.schedule.opens': 'Otwarcie',
  'console.schedule.closes': 'Zamknięcie',
  'console.schedule.date': 'Data',
  'console.schedule.time': 'Godzina',
  'console.schedule.zone': 'Strefa czasowa',
  'console.schedule.zoneHint':
    'Nazwa strefy czasowej, na przykład Europe/Brussels. Pozostaw datę pustą, aby nie ustalać limitu.',
  'console.schedule.save': 'Zapisz terminy realizacji',
  'console.schedule.closeNow': 'Zamknij teraz',
  'console.schedule.none': 'Nie ustalono daty',
  'console.schedule.badDate':
    'Wpisz datę w formacie YYYY-MM-DD i godzinę w formacie HH:MM, które istnieją w tej strefie czasowej.',
  'console.schedule.badZone': 'Wpisz nazwę strefy czasowej, na przykład Europe/Brussels.',
  'console.schedule.closesBeforeOpens': 'Data zamknięcia musi być późniejsza niż data otwarcia.',
  'console.schedule.outOfRange': 'Podaj datę z lat od {from} do {to}.',

  'console.saved.schedule':
    'Terminy realizacji zostały zapisane. Strony dla respondentów już się do nich stosują.',
  'console.saved.closed': 'Ankieta została zamknięta. Respondenci widzą teraz stronę o zamknięciu ankiety.',
  'console.saved.draft': 'Wersja robocza została zapisana.',
  'console.saved.published':
    'Nowa wersja została opublikowana. Otrzymają ją nowi respondenci; rozpoczęte odpowiedzi pozostają przy swojej wersji.',
  'console.saved.translation': 'Tłumaczenie zostało zapisane w wersji roboczej.',

  'console.versions.title': 'Opublikowane wersje',
  'console.versions.number': 'Wersja',
  'console.versions.published': 'Publikacja',
  'console.versions.responses': 'Odpowiedzi',
  'console.versions.files': 'Pliki i zmiany',
  'console.versions.changes': 'Zmiany od wersji {from}',

  'console.draft.title': 'Wersja robocza',
  'console.draft.none': 'Nie ma wersji roboczej. Prześlij ankietę, aby ją utworzyć.',
  'console.draft.updated': 'Ostatnia zmiana: {date}, {name}.',
  'console.draft.valid': 'Wersja robocza nie zawiera problemów.',
  'console.draft.problems': 'Liczba problemów do usunięcia przed opublikowaniem wersji roboczej: {count}',
  'console.draft.changes': 'Zmiany w stosunku do opublikowanej wersji',
  'console.draft.download': 'Pobierz wersję roboczą jako XLSForm',
  'console.draft.downloadJson': 'Pobierz wersję roboczą jako JSON',
  'console.draft.notWritable':
    'Ta wersja robocza ma problemy, których skoroszyt XLSForm nie może zawierać. Popraw je albo pobierz wersję roboczą jako JSON.',
  'console.draft.publish': 'Opublikuj wersję roboczą jako nową wersję',
  'console.draft.discard': 'Odrzuć wersję roboczą',
  'console.draft.upload': 'Prześlij nową wersję roboczą',
  'console.draft.uploadHint': 'Arkusz XLSForm (.xlsx) lub definicja credmap (.yaml, .json).',
  'console.draft.uploadSubmit': 'Prześlij',
  'console.draft.noFile': 'Wybierz plik do przesłania.',
  'console.draft.otherId': 'Plik dotyczy ankiety „{id}”, a nie „{expected}”.',
  'console.draft.badId': 'Plik nie nadaje ankiecie identyfikatora (małe litery, cyfry i -).',
  'console.draft.exists': 'Badanie ma już ankietę „{id}”. Prześlij wersję roboczą na stronie tej ankiety.',
  'console.draft.unreadable': 'Nie udało się wykorzystać pliku: {problems}',
  'console.draft.notSpreadsheet': 'Plik nie jest arkuszem .xlsx ani plikiem .yaml lub .json.',
  'console.draft.badYaml': 'Nie udało się odczytać pliku jako YAML lub JSON: {detail}',
  'console.draft.tooLarge': 'Plik jest większy niż {size}.',
  'console.draft.includes':
    'Przesyłana tutaj definicja musi być kompletna: wpisy „include” są odczytywane wyłącznie z folderu badania.',
  'console.draft.unstorable':
    'Plik zawiera w miejscu {path} tekst, którego nie można zapisać: jest w nim znak NUL lub połowa pary surogatów.',
  'console.draft.tooDeep': 'Plik zagnieżdża listy i obiekty na więcej niż {max} poziomach.',
  'console.xlsform.where.column': 'Arkusz {sheet}, wiersz {row}, kolumna {column}: {message}',
  'console.xlsform.where.row': 'Arkusz {sheet}, wiersz {row}: {message}',
  'console.xlsform.where.sheet': 'Arkusz {sheet}: {message}',
  'console.xlsform.where.cell': 'Arkusz {sheet}, komórka {cell}: {message}',
  'console.xlsform.notXlsx': 'Plik nie jest skoroszytem .xlsx, który można otworzyć.',
  'console.xlsform.unreadable':
    'Skoroszyt zawiera coś, czego nie można odczytać. Należy ponownie zapisać go w arkuszu kalkulacyjnym jako .xlsx i przesłać jeszcze raz.',
  'console.xlsform.tooLarge': 'Skoroszyt po rozpakowaniu jest większy niż {detail}.',
  'console.xlsform.tooManyCells':
    'Arkusz ma wiersze obejmujące więcej komórek, niż można odczytać. Należy usunąć puste kolumny daleko po prawej stronie albo skopiować arkusz do nowego skoroszytu.',
  'console.xlsform.missingSheet': 'Skoroszyt nie ma arkusza „{sheet}”.',
  'console.xlsform.missingColumn': 'arkusz nie ma kolumny „{column}”.',
  'console.xlsform.duplicateColumn': 'arkusz ma tę kolumnę dwukrotnie.',
  'console.xlsform.unknownLanguage':
    '„{detail}” nie jest kodem języka; język należy zapisać na przykład jako English (en).',
  'console.xlsform.unexpectedLanguage':
    'ta kolumna nie jest tłumaczona, więc nie podaje się w niej języka („{detail}”).',
  'console.xlsform.noDefaultLanguage':
    'kolumna nie podaje języka, a arkusz settings nie ma dla niej wartości default_language.',
  'console.xlsform.unknownColumn':
    'ani XLSForm, ani credmap nie zna tej kolumny; należy ją zostawić pustą lub usunąć.',
  'console.xlsform.unsupportedColumn': 'credmap nie obsługuje tej kolumny XLSForm; należy ją zostawić pustą.',
  'console.xlsform.unnamedColumn': 'w kolumnie bez nagłówka jest wartość.',
  'console.xlsform.columnNotApplicable':
    'ta kolumna nie dotyczy typu tego wiersza; należy ją zostawić pustą.',
  'console.xlsform.badCell': 'komórka pokazuje „{detail}” zamiast wartości, którą można odczytać.',
  'console.xlsform.missingValue': 'ten wiersz wymaga wartości w tej kolumnie.',
  'console.xlsform.badValue': '„{detail}” nie jest wartością, jaką może mieć ta kolumna.',
  'console.xlsform.unsupportedType': 'credmap nie zadaje pytań typu „{detail}”.',
  'console.xlsform.unsupportedAppearance': 'credmap nie obsługuje tutaj wyglądu (appearance) „{detail}”.',
  'console.xlsform.unsupportedValue': 'credmap nie obsługuje wartości „{detail}” w tej kolumnie.',
  'console.xlsform.unknownList': 'arkusz choices nie ma listy „{detail}”.',
  'console.xlsform.badExpression':
    'nie można odczytać wyrażenia „{detail}” albo używa ono XPath, którego credmap nie obsługuje (ścieżki, predykaty, |).',
  'console.xlsform.unsupportedFunction': 'credmap nie obsługuje funkcji „{detail}”.',
  'console.xlsform.unsupportedOperator': 'credmap nie obsługuje operatora „{detail}”.',
  'console.xlsform.badNumber': 'liczba „{detail}” jest zbyt duża.',
  'console.xlsform.unclosedGroup': 'grupa, która zaczyna się tutaj, nie ma wiersza end_group.',
  'console.xlsform.unclosedRepeat': 'powtórzenie, które zaczyna się tutaj, nie ma wiersza end_repeat.',
  'console.xlsform.unmatchedEnd': '„{detail}” kończy grupę lub powtórzenie, które się nie zaczęło.',
  'console.xlsform.unsupportedNesting':
    'credmap nie umieszcza grupy w grupie ani powtórzenia w grupie lub powtórzeniu („{detail}”).',
  'console.xlsform.tooDeep':
    'ten wiersz „{detail}” pozostawiłby jednocześnie otwartych ponad 32 grupy i powtórzenia.',
  'console.xlsform.extraSettingsRow':
    'arkusz settings przyjmuje jeden wiersz wartości pod nagłówkiem; to jest drugi.',
  'console.definition.where': '{path}: {message}',
  'console.definition.list.unknown': 'nie ma listy odpowiedzi „{detail}”.',
  'console.definition.language.fallbackNotDeclared': 'język zapasowy nie należy do zadeklarowanych języków.',
  'console.definition.language.duplicate': 'język występuje na liście dwukrotnie.',
  'console.definition.text.missingLanguage': 'brakuje tekstu w języku {language}.',
  'console.definition.text.undeclaredLanguage':
    'jest tekst w języku {language}, który nie należy do zadeklarowanych języków.',
  'console.definition.text.placeholdersDiffer':
    'tekst w języku {language} nie wstawia tych samych odpowiedzi co tekst źródłowy.',
  'console.definition.id.duplicate':
    'identyfikator „{detail}” jest użyty dwukrotnie; strony, grupy i pytania muszą mieć własne.',
  'console.definition.variable.duplicate': 'zmienna „{detail}” jest już nazwą „{other}”.',
  'console.definition.expression.unknownReference':
    '„{detail}” nie jest identyfikatorem pytania, do którego można się tu odwołać.',
  'console.definition.expression.forwardReference':
    '„{detail}” jest zadawane dopiero później, więc jego odpowiedzi nie można tu odczytać.',
  'console.definition.expression.cycle': 'obliczenia odczytują się nawzajem w pętli: {detail}.',
  'console.definition.repeat.minAboveMax': 'minimalna liczba elementów jest większa niż maksymalna.',
  'console.definition.repeat.firstPageConditional':
    'pierwsza strona grupy powtarzanej nie może mieć warunku.',
  'console.definition.multiple.minAboveMax': 'minimalna liczba wyborów jest większa niż maksymalna.',
  'console.definition.multiple.maxAboveChoices':
    'maksymalna liczba wyborów jest większa niż liczba oferowanych odpowiedzi.',
  'console.definition.number.minAboveMax': 'minimum jest większe niż maksimum.',
  'console.definition.country.unknown': '„{detail}” nie jest ani kodem kraju, ani grupą krajów.',
  'console.definition.consent.notOnFirstPage': 'pytanie o zgodę musi być na pierwszej stronie.',
  'console.definition.consent.conditional': 'pytanie o zgodę nie może mieć warunku.',
  'console.definition.choice.exclusiveOnlyInMultiple':
    'tylko pytanie wielokrotnego wyboru może mieć odpowiedź wykluczającą („żadne z powyższych”).',
  'console.definition.choice.otherOnlyInChoice':
    'tylko pytanie jednokrotnego lub wielokrotnego wyboru może prosić o doprecyzowanie odpowiedzi „inne”.',
  'console.definition.choice.duplicateCode': 'kod „{detail}” występuje dwukrotnie na jednej liście.',
  'console.definition.include.unknownKey': 'wpis include przyjmuje tylko include i relevant, a nie {detail}.',
  'console.definition.include.unknownModule': 'nie ma modułu „{detail}” do dołączenia.',
  'console.definition.include.cycle': 'moduły dołączają się nawzajem w pętli: {detail}.',
  'console.definition.include.listConflict':
    'lista odpowiedzi jest zdefiniowana inaczej w dwóch miejscach: {detail}.',
  'console.definition.timeZone.unknown': '„{detail}” nie jest nazwą strefy czasowej, taką jak Europe/Warsaw.',
  'console.definition.expr.unexpectedToken':
    'wyrażenie zawiera „{detail}” w miejscu, w którym nie może się to znaleźć (znak {position}).',
  'console.definition.expr.unexpectedEnd': 'wyrażenie kończy się, zanim jest kompletne (znak {position}).',
  'console.definition.expr.unterminatedString':
    'tekst w cudzysłowie zaczynający się od znaku {position} nie jest zamknięty.',
  'console.definition.expr.badEscape':
    '„{detail}” przy znaku {position} nie jest sekwencją ucieczki znaną językowi wyrażeń.',
  'console.definition.expr.badNumber': 'liczba „{detail}” przy znaku {position} jest zbyt duża.',
  'console.definition.expr.badReference':
    'odwołanie przy znaku {position} nie jest zamknięte nawiasem klamrowym lub nie podaje prawidłowego identyfikatora.',
  'console.definition.expr.bareIdentifier':
    '„{detail}” przy znaku {position} nie jest ani wywołaniem funkcji, ani odwołaniem do odpowiedzi.',
  'console.definition.expr.unknownFunction': 'nie ma funkcji „{detail}” (znak {position}).',
  'console.definition.expr.arity':
    'funkcja „{detail}” przy znaku {position} otrzymuje niewłaściwą liczbę wartości.',
  'console.definition.expr.tooLong': 'wyrażenie jest dłuższe niż {max} znaków.',
  'console.definition.expr.tooDeep':
    'wyrażenie zagnieżdża nawiasy, funkcje i operatory zbyt głęboko (znak {position}).',

  'console.publish.missing': '{language}: tekst {key} nie jest przetłumaczony.',
  'console.publish.outdated': '{language}: tekst {key} zmienił się po przetłumaczeniu.',
  'console.publish.placeholders':
    '{language}: tekst {key} nie ma tych samych odwołań ${…} co tekst źródłowy.',
  'console.publish.notHarmonised': 'Zmienna {variable} jest mierzona innym pytaniem w ankiecie {other}.',

  'console.diff.title': 'Zmiany: {from} → {to}',
  'console.diff.none': 'Brak zmian.',
  'console.diff.where': 'Miejsce',
  'console.diff.change': 'Zmiana',
  'console.diff.before': 'Przed',
  'console.diff.after': 'Po',
  'console.diff.added': 'Dodano',
  'console.diff.removed': 'Usunięto',
  'console.diff.changed': 'Zmieniono',
  'console.diff.moved': 'Przeniesiono',

  'console.preview.title': 'Podgląd: {language} ({source})',
  'console.preview.intro':
    'Każda strona tak, jak widzą ją respondenci, z warunkami jej wyświetlania lub ukrywania. Z tego miejsca nie można niczego wysłać.',
  'console.preview.shownWhen': 'Wyświetlane, gdy',
  'console.preview.calculated': 'Wartość obliczana {id}:',
  'console.preview.inGroup': 'powtarzane w {group}',
  'console.preview.invalid': 'Ankieta zawiera problemy; usuń je, aby zobaczyć podgląd.',

  'console.translations.notWritable':
    'Wersja robocza ma problemy, których skoroszyt XLSForm nie może zawierać; zespół badania je poprawi. Do tego czasu pobierz teksty jako XLIFF lub arkusz kalkulacyjny.',
  'console.translations.title': 'Języki',
  'console.translations.language': 'Język',
  'console.translations.complete': 'Gotowe',
  'console.translations.missing': 'Brakujące',
  'console.translations.outdated': 'Nieaktualne',
  'console.translations.preview': 'Podgląd',
  'console.translations.source': 'Tekst źródłowy ({language})',
  'console.translations.text': 'Tłumaczenie',
  'console.translations.state': 'Stan',
  'console.translations.key': 'Tekst',
  'console.translations.export': 'Pobierz teksty do tłumaczenia',
  'console.translations.import': 'Prześlij przetłumaczone teksty',
  'console.translations.importHint':
    'Plik XLIFF (1.2, 2.0 lub 2.1) lub arkusz pobrany w tym miejscu, z uzupełnionymi tłumaczeniami.',
  'console.translations.importSubmit': 'Prześlij tłumaczenie',
  'console.translations.report': 'Co zmieniło przesłanie pliku',
  'console.translations.changed': 'Zmienione teksty: {count}',
  'console.translations.unchanged': 'Niezmienione teksty: {count}',
  'console.translations.unknown': 'Nie występują w ankiecie, pominięto: {keys}',
  'console.translations.mismatch':
    'Nie zastosowano, ponieważ odwołania ${…} różnią się od tekstu źródłowego: {keys}',
  'console.translations.wrongLanguage': 'Plik zawiera teksty w języku {found}, a nie {expected}.',
  'console.translations.unreadable': 'Nie udało się odczytać pliku: {detail}',
  'console.translations.badCell':
    'Wiersz {row}, kolumna {column}: komórka zamiast tekstu pokazuje błąd {error}.',
  'console.translations.noFormulaValue':
    'Wiersz {row}, kolumna {column}: komórka zawiera formułę zapisaną bez wyniku. Należy ponownie zapisać plik w arkuszu kalkulacyjnym albo wpisać tekst.',
  'console.translations.encoding': 'Plik nie jest tekstem w kodowaniu UTF-8 ani UTF-16.',
  'console.translations.doctype':
    'Wiersz {line}: plik deklaruje DOCTYPE, którego plik XLIFF nie potrzebuje i który nie jest akceptowany.',
  'console.translations.notXliff':
    'Plik nie jest w formacie XLIFF 1.2, 2.0 ani 2.1 ({detail}). Należy wyeksportować jeden z tych formatów z narzędzia tłumaczeniowego albo uzupełnić plik pobrany tutaj.',
  'console.translations.notXml':
    'Wiersz {line}: plik nie jest poprawnie zbudowanym dokumentem XML ({detail}).',
  'console.translations.xliffIssue':
    'Wiersz {line}: plik XLIFF zawiera element, którego nie można tu odczytać ({detail}).',
  'console.translations.xmlLimit':
    'Plik jest większy lub głębiej zagnieżdżony, niż może tu być plik XLIFF ({detail}).',
  'console.translations.noTargetLanguage':
    'Wiersz {line}: plik nie określa, na jaki język został przetłumaczony. Należy ustawić język docelowy w narzędziu tłumaczeniowym (target-language w XLIFF 1.2, trgLang w XLIFF 2) i ponownie wyeksportować plik.',
  'console.translations.inlineCode':
    'Wiersz {line}: plik zawiera kod formatowania (<{element}>), którego nie można z powrotem zamienić na zwykły tekst. Należy usunąć go z tekstu albo wyeksportować plik bez kodów, a następnie przesłać go ponownie.',
  'console.translations.sourceLanguage':
    'To jest język źródłowy: jego teksty zmienia się, przesyłając wersję roboczą.',
  'console.translations.state.complete': 'Gotowe',
  'console.translations.state.missing': 'Brak',
  'console.translations.state.outdated': 'Nieaktualne',

  'console.members.title': 'Członkowie i role',
  'console.members.role': 'Rola',
  'console.members.languages': 'Języki (tłumacze)',
  'console.members.languagesHint': 'Tłumacz może zmieniać wyłącznie teksty w tych językach.',
  'console.members.languagesMissing': 'Wybierz języki, nad którymi pracuje ten tłumacz.',
  'console.members.actions': 'Działania',
  'console.members.remove': 'Usuń',
  'console.members.pending': 'jeszcze nie ustawiono hasła',
  'console.members.everyStudy': 'we wszystkich badaniach',
  'console.members.add': 'Dodaj osobę lub zmień rolę',
  'console.members.addHint':
    'Osoba, która jeszcze nie korzysta z credmap, otrzymuje konto i link ważny 7 dni, aby ustawić hasło. Jeśli wysyłka e-maili nie jest skonfigurowana, link należy przekazać samodzielnie.',
  'console.members.addSubmit': 'Zapisz rolę',
  'console.members.roleInvalid': 'Wybierz rolę.',
  'console.members.linkCreated': 'Wyślij ten link tej osobie, aby mogła ustawić hasło:',
  'console.members.lastOwner':
    'Badanie musi mieć co najmniej jednego właściciela: najpierw przydziel rolę właściciela innej osobie.',
  'console.members.mailSubject': 'Konto w credmap',
  'console.members.mailBody':
    'Dzień dobry, {name},\n\nprzydzielono Ci rolę w badaniu w credmap. Ustaw hasło tutaj (link działa jeden raz, przez 7 dni):\n\n{url}\n',

  'console.distribution.title': 'Dystrybucja',
  'console.distribution.openLinks': 'Linki otwarte',
  'console.distribution.openLinksHint':
    'Każdy, kto ma link otwarty, może odpowiedzieć. Linki można umieszczać na stronach internetowych, w newsletterach i, wraz z kodem QR, w materiałach drukowanych.',
  'console.distribution.qr': 'Kod QR (SVG)',
  'console.distribution.invitations': 'Zaproszenia imienne',
  'console.distribution.contacts': 'Kontakty',
  'console.distribution.invited': 'Zaproszeni',
  'console.distribution.unsubscribed': 'Wypisani',
  'console.distribution.sent': 'Wysłane e-maile',
  'console.distribution.failed': 'Nieudane e-maile',
  'console.distribution.log': 'zobacz rejestr e-maili',
  'console.distribution.reminders': 'Przypomnienia (dni przed zamknięciem)',
  'console.distribution.remindersLabel': 'Przypomnienia dla {questionnaire}, w dniach przed zamknięciem',
  'console.distribution.remindersSave': 'Zapisz',
  'console.distribution.remindersHint':
    'Przypomnienia trafiają do zaproszonych kontaktów, które nie ukończyły ankiety i nie wypisały się, np. „7, 1”: tydzień i dzień przed zamknięciem.',
  'console.distribution.remindersInvalid':
    'Wpisz pełne dni od 0 do 90, oddzielone przecinkami, najwyżej 10 wartości.',
  'console.distribution.send': 'Wyślij zaproszenia',
  'console.distribution.closed': 'Ankieta jest zamknięta: zaproszenia nie są wysyłane.',
  'console.distribution.queued': 'Zaproszenia w kolejce: {count}.',
  'console.distribution.noSmtp':
    'Nie skonfigurowano serwera poczty (SMTP_URL): zaproszenia czekają w kolejce, dopóki nie zostanie skonfigurowany.',
  'console.distribution.upload': 'Dodaj kontakty',
  'console.distribution.uploadHint':
    'Plik CSV lub XLSX z kolumnami email, language, instrument i opcjonalnie country. Dane kontaktowe są przechowywane oddzielnie od odpowiedzi i nigdy nie trafiają do wyników ani eksportów.',
  'console.distribution.file': 'Lista kontaktów',
  'console.distribution.imported': 'Dodane kontakty: {added}; były już na liście: {skipped}.',
  'console.distribution.issue': 'Wiersz {row} {column}: {message}',
  'console.distribution.logTitle': 'E-maile dla {questionnaire}',
  'console.distribution.logEmpty': 'Nie wysłano jeszcze żadnego e-maila.',
  'console.distribution.kind': 'Rodzaj',
  'console.distribution.attempt': 'Próba',
  'console.distribution.kind.invitation': 'Zaproszenie',
  'console.distribution.kind.reminder': 'Przypomnienie',
  'console.distribution.status.sent': 'Wysłano',
  'console.distribution.status.failed': 'Nie udało się',
  'console.distribution.status.refused': 'Serwer poczty odrzucił adres; bez ponownej próby',
  'console.distribution.status.closed': 'Nie wysłano: ankieta była już zamknięta',
  'console.distribution.status.skipped': 'Nie wysłano: ankieta wypełniona lub rezygnacja z subskrypcji',
  'console.contacts.unreadable':
    'Plik nie jest plikiem CSV (UTF-8) ani XLSX. Należy zapisać go w arkuszu kalkulacyjnym jako „CSV UTF-8” lub jako skoroszyt programu Excel (.xlsx).',
  'console.contacts.tooLarge':
    'Plik jest zbyt duży, aby go odczytać: po rozpakowaniu ponad {detail} lub szerszy niż arkusz. Zostaw tylko kolumny email, language, instrument i country albo podziel listę.',
  'console.contacts.empty': 'Lista nie zawiera kontaktów.',
  'console.contacts.missingColumn': 'Brak kolumny.',
  'console.contacts.duplicateColumn': 'Kolumna występuje więcej niż raz; zostaw jedną.',
  'console.contacts.tooMany': 'Lista zawiera ponad {detail} kontaktów; podziel ją.',
  'console.contacts.badEmail': '„{detail}” nie jest adresem e-mail.',
  'console.contacts.badLanguage': 'Ankieta nie jest dostępna w języku „{detail}”.',
  'console.contacts.badInstrument': 'Badanie nie ma ankiety „{detail}”.',
  'console.contacts.badCountry': '„{detail}” nie jest dwuliterowym kodem kraju.',
  'console.contacts.duplicate': 'Ten sam adres dla tej samej ankiety występuje już w wierszu {detail}.',

  'console.api.invalid': 'Żądanie jest nieprawidłowe: {problems}',
  'console.api.invalidMore': 'Żądanie jest nieprawidłowe: {problems}; oraz jeszcze {more}.',
  'console.api.notPublished': 'Wersji roboczej nie można jeszcze opublikować: {problems}',
  'console.api.unstorable':
    'Tekst w miejscu {path} zawiera znak, którego nie można zapisać: NUL (\\u0000) lub niesparowany surogat.',
  'console.api.tooDeep': 'Żądanie zagnieżdża tablice i obiekty na więcej niż {max} poziomach.',
  'console.api.notJson': 'Wyślij treść jako JSON w UTF-8, z nagłówkiem Content-Type: application/json.',
  'console.api.badJson': 'Treść nie jest poprawnym JSON-em w UTF-8.',
  'console.api.methodNotAllowed': 'Ten adres nie przyjmuje metody {method}, tylko {allowed}.',

  'console.audit.title': 'Dziennik zdarzeń',
  'console.audit.none': 'Nic jeszcze nie zarejestrowano.',
  'console.audit.when': 'Kiedy',
  'console.audit.who': 'Kto',
  'console.audit.what': 'Co',
  'console.audit.detail': 'Szczegóły',
  'console.audit.older': 'Starsze wpisy',

  // Fieldwork monitor (monitor.ts)
  'console.monitor.title': 'Monitorowanie realizacji',
  'console.monitor.intro':
    'Odpowiedzi na wszystkie wersje każdej ankiety. Dni i godziny podano w strefie czasowej badania: {zone}.',
  'console.monitor.instruments': 'Odpowiedzi według ankiety',
  'console.monitor.instrument': 'Ankieta',
  'console.monitor.started': 'Rozpoczęte',
  'console.monitor.completed': 'Ukończone',
  'console.monitor.partial': 'Częściowe',
  'console.monitor.invited': 'Zaproszeni',
  'console.monitor.responseRate': 'Wskaźnik odpowiedzi (ukończone / zaproszeni)',
  'console.monitor.completionRate': 'Wskaźnik ukończenia (ukończone / rozpoczęte)',
  'console.monitor.median': 'Mediana czasu wypełniania',
  'console.monitor.minutes': '{minutes} min',
  'console.monitor.excluded': 'Wykluczone',
  'console.monitor.closes': 'Zamknięcie',
  'console.monitor.noClosing': 'Brak daty zamknięcia',
  'console.monitor.notYet': 'jeszcze nie',
  'console.monitor.noResponses': 'Brak odpowiedzi.',
  'console.monitor.details': 'Liczby i jakość danych: {questionnaire}',

  'console.monitor.byGroup': 'Odpowiedzi według grupy docelowej',
  'console.monitor.byCountry': 'Odpowiedzi według kraju',
  'console.monitor.byLanguage': 'Odpowiedzi według języka',
  'console.monitor.cross': 'Odpowiedzi według grupy docelowej, kraju i języka',
  'console.monitor.targetGroup': 'Grupa docelowa',
  'console.monitor.country': 'Kraj',
  'console.monitor.language': 'Język',
  'console.monitor.unknown': '(Jeszcze) bez odpowiedzi',
  'console.monitor.chartNote':
    'Wykres słupkowy ukończonych odpowiedzi; tabela pod nim zawiera te same liczby.',

  'console.monitor.dropOff': 'Gdzie zatrzymały się odpowiedzi częściowe',
  'console.monitor.dropOffIntro':
    'Każda nieukończona odpowiedź jest liczona przy ostatniej zapisanej stronie: respondent przerwał wypełnianie na następnej stronie albo na tej samej, jeśli zapisał ją z pytaniem jeszcze bez odpowiedzi, aby wrócić później.',
  'console.monitor.page': 'Ostatnia zapisana strona',
  'console.monitor.noPartial': 'Brak odpowiedzi częściowych.',

  'console.monitor.perDay': 'Odpowiedzi dziennie',
  'console.monitor.day': 'Dzień',
  'console.monitor.closingMarker': 'Zamknięcie: {date}',
  'console.monitor.closingNote': 'Realizacja badania kończy się {date}.',
  'console.monitor.dayChartNote':
    'Wykres kolumnowy ukończonych odpowiedzi dziennie; linia przerywana oznacza datę zamknięcia, jeśli mieści się na wykresie. Tabela pod nim zawiera te same liczby.',

  'console.monitor.flags': 'Sygnały dotyczące jakości danych',
  'console.monitor.flagsIntro':
    'Ukończone odpowiedzi, które mogą nie być rzetelne, oznaczone wyłącznie kodem potwierdzenia. Sygnał to powód, by się przyjrzeć, a nie werdykt: odpowiedź należy wykluczyć z analizy tylko wtedy, gdy nie ma wątpliwości, i podać powód.',
  'console.monitor.flag.speeder': 'Zbyt szybkie wypełnienie',
  'console.monitor.flag.speederHint': 'ukończono w czasie krótszym niż jedna trzecia mediany ({minutes} min)',
  // Polish survey methodologists usually keep the English term „straightlining”; the hint explains it.
  'console.monitor.flag.straightlining': 'Straightlining',
  'console.monitor.flag.straightliningHint':
    'w każdym wierszu pytania tabelarycznego wybrano tę samą odpowiedź',
  'console.monitor.flag.duplicate': 'Duplikat',
  'console.monitor.flag.duplicateHint': 'te same odpowiedzi co w odpowiedzi ukończonej wcześniej',
  'console.monitor.flag.honeypot': 'Pole-pułapka',
  'console.monitor.flag.honeypotHint': 'formularz wrócił z wypełnionym polem, które wypełniają tylko boty',
  'console.monitor.flagCount': 'Odpowiedzi z sygnałami',
  'console.monitor.noFlags': 'Żadna ukończona odpowiedź nie ma sygnałów.',
  'console.monitor.listLimited': 'Lista obejmuje tylko pierwsze pozycje (najwyżej {count}).',
  'console.monitor.receipt': 'Kod potwierdzenia',
  'console.monitor.duration': 'Czas wypełniania',
  'console.monitor.flagsColumn': 'Sygnały',
  'console.monitor.status': 'Status',
  'console.monitor.inAnalysis': 'W analizie',
  'console.monitor.excludedBecause': 'Wykluczona: {reason}',
  'console.monitor.excludedBy': '{who}, {when}',
  'console.monitor.actions': 'Działanie',

  'console.monitor.reason': 'Powód',
  'console.monitor.reason.speeder': 'Zbyt szybkie wypełnienie',
  'console.monitor.reason.straightlining': 'Straightlining',
  'console.monitor.reason.duplicate': 'Duplikat',
  'console.monitor.reason.honeypot': 'Pole-pułapka',
  'console.monitor.reason.other': 'Inny powód',
  'console.monitor.note': 'Uwaga (opcjonalnie)',
  'console.monitor.exclude': 'Wyklucz z analizy',
  'console.monitor.include': 'Przywróć do analizy',
  'console.monitor.saved.excluded': 'Odpowiedź {receipt} została wykluczona z analizy.',
  'console.monitor.saved.included': 'Odpowiedź {receipt} została przywrócona do analizy.',
  'console.monitor.receiptUnknown': 'Żadna ukończona odpowiedź na tę ankietę nie ma tego kodu potwierdzenia.',
  'console.monitor.reasonInvalid': 'Wybierz powód.',
  'console.monitor.noteTooLong': 'Uwaga może mieć najwyżej {max} znaków.',

  'console.monitor.live.note':
    'Przy włączonym JavaScripcie liczby w pierwszej tabeli są aktualizowane co 30 sekund; pozostałe tabele i wykresy – po odświeżeniu strony.',
  'console.monitor.live.pause': 'Wstrzymaj aktualizacje',
  'console.monitor.live.resume': 'Wznów aktualizacje',
  'console.monitor.live.updated': 'Liczby zaktualizowane o {time}.',
  'console.results.title': 'Wyniki',
  'console.results.intro':
    'Liczba ukończonych odpowiedzi niewyłączonych z analizy. Liczby oparte na mniej niż {k} respondentach nie są pokazywane, podobnie jak liczby, z których można by je wyliczyć.',
  'console.results.allQuestionnaires': 'Wszystkie ankiety (łącznie)',
  'console.results.question': 'Pytanie',
  'console.results.by': 'W podziale na',
  'console.results.noGrouping': 'Bez podziału',
  'console.results.language': 'Język odpowiedzi',
  'console.results.show': 'Pokaż',
  'console.results.answer': 'Odpowiedź',
  'console.results.total': 'Ogółem',
  'console.results.noAnswer': 'Brak odpowiedzi',
  'console.results.dontKnow': 'Nie wiem',
  'console.results.preferNot': 'Wolę nie mówić',
  'console.results.base': 'Udzielili odpowiedzi (podstawa odsetków)',
  'console.results.unitRespondents': 'respondenci',
  'console.results.unitItems': 'opisane mikropoświadczenia, każde liczone raz',
  'console.results.suppressed': 'nie pokazano: zbyt mało respondentów lub ujawniłoby to ukrytą liczbę',
  'console.results.mean': 'Średnia',
  'console.results.q1': 'Pierwszy kwartyl',
  'console.results.median': 'Mediana',
  'console.results.q3': 'Trzeci kwartyl',
  'console.results.link': 'Wyniki',
  'console.results.public': 'Publiczna strona wyników',
  'console.results.notPublished': 'Wyniki nie są opublikowane.',
  'console.results.published': 'Opublikowano {date}, opublikował(a): {name}.',
  'console.results.publicLink': 'Otwórz stronę publiczną',
  'console.results.releaseHint':
    'Oblicza i chroni teraz każdą tabelę na podstawie dotychczas ukończonych odpowiedzi i pokazuje je w każdym języku na stronie publicznej. Późniejsze odpowiedzi pojawią się dopiero przy następnej publikacji.',
  'console.results.release': 'Opublikuj wyniki teraz',
  'console.results.withdraw': 'Wycofaj wyniki',
  'console.results.textsNote':
    'Odpowiedzi otwarte, w brzmieniu oryginalnym. Nigdy nie są publikowane; grupa z mniej niż {k} odpowiedziami nie jest pokazywana. Nie przenoś ich do raportów bez usunięcia wszystkiego, co mogłoby kogoś zidentyfikować.',
  'console.results.textsHidden': 'Zbyt mało odpowiedzi w tej grupie, aby je pokazać.',
  'console.weights.title': 'Ważenie',
  'console.weights.none': 'Odpowiedzi nie są ważone.',
  'console.weights.current':
    'Wagi obliczone {date} przez: {name}, dla {count} ukończonych odpowiedzi. Odpowiedzi ukończone później nie mają wagi, dopóki wagi nie zostaną obliczone ponownie.',
  'console.weights.margins': 'Użyte rozkłady brzegowe populacji',
  'console.weights.hint':
    'Plik CSV z kolumnami variable, category i total: jedna zmienna to poststratyfikacja, kilka – raking. Dostępne zmienne: {variables}.',
  'console.weights.upload': 'Rozkłady brzegowe populacji (CSV)',
  'console.weights.compute': 'Oblicz wagi',
  'console.weights.header': 'Plik musi zawierać kolumny variable, category i total.',
  'console.weights.unreadable':
    'Plik nie jest plikiem CSV w kodowaniu UTF-8. Należy zapisać go w arkuszu kalkulacyjnym jako „CSV UTF-8”.',
  'console.weights.tooManyRows':
    'Plik ma więcej niż {max} wierszy; rozkłady brzegowe mają jeden wiersz na kategorię.',
  'console.weights.missingValue': 'Wiersz {row}, kolumna {column}: komórka jest pusta.',
  'console.weights.badTotal': 'Wiersz {row}, kolumna total: „{value}” nie jest liczbą większą od 0.',
  'console.weights.duplicate':
    'Wiersz {row}: {variable} = {category} występuje już we wcześniejszym wierszu.',
  'console.weights.unequalTotals':
    'Sumy zmiennej {variable} wynoszą {sum}, a zmiennej {first} {firstSum}: sumy każdej zmiennej muszą dawać tę samą populację.',
  'console.weights.unknownVariable': 'To nie jest zmienna tego badania: {variables}.',
  'console.weights.noRespondents': 'Brak ukończonych odpowiedzi do ważenia.',
  'console.weights.noValue': 'Liczba odpowiedzi bez wartości zmiennej {variable}: {count}.',
  'console.weights.emptyCategory':
    'Żadna odpowiedź nie ma {variable} = {category}: tego rozkładu nie da się osiągnąć.',
  'console.weights.unknownCategory':
    'Liczba odpowiedzi z {variable} = {category}, której nie ma w rozkładach: {count}.',
  'console.weights.link': 'Ważenie',
  'console.exports.title': 'Eksport danych badawczych',
  'console.exports.link': 'Eksport danych badawczych',
  'console.exports.intro':
    'Jeden pakiet (.zip) z ukończonymi odpowiedziami, które nie zostały wykluczone: plik z jednym wierszem na respondenta, plik z jednym wierszem na każdy element każdej grupy powtarzanej (np. każde opisane mikropoświadczenie), książka kodów, składnia wczytująca pliki CSV z etykietami oraz plik README z wersjami kwestionariuszy, datami, wagami i informacją o tym, co pominięto. Dane kontaktowe nigdy nie są dołączane.',
  'console.exports.confidential':
    'Te pliki to mikrodane, które nie są chronione kontrolą ujawniania: traktuj je jako poufne i usuń je, gdy nie będą już potrzebne do analizy. Każde pobranie jest zapisywane w dzienniku audytu.',
  'console.exports.language': 'Etykiety w języku',
  'console.exports.formats': 'Formaty danych oprócz CSV',
  'console.exports.download': 'Pobierz pakiet',
  'console.exports.badLanguage': 'Wybierz jeden z języków badania.',
  'console.results.weighted': 'Odsetki ważone z 95-procentowymi przedziałami ufności',
  'console.results.effectiveBase': 'Efektywna podstawa (Kish)',
  'console.results.unit': 'Liczenie odpowiedzi w grupach powtarzanych',
  'console.results.unitHint':
    'Pytania zadawane dla każdego opisanego mikropoświadczenia (lub każdego elementu innej grupy powtarzanej) są liczone na element albo na respondenta, który udzielił odpowiedzi co najmniej raz. Pozostałe pytania zawsze na respondenta.',
  'console.results.releasing':
    'Trwa przygotowanie publikacji (zleconej {date}); pojawi się tutaj, gdy każda tabela zostanie zabezpieczona.',
  'console.results.weightedMean': 'Średnia ważona [przedział 95%]',
};
