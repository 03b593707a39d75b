/**
 * What can be wrong with an import, as codes with parameters, and their messages in the eight
 * languages of the interface. A problem is located by `row` (CSV/XLSX: the spreadsheet row, the
 * header being row 1) or `entry` (JSON: the position of the item, 1 for a single object), and by
 * `column` (the column heading as written, in lower case) when it concerns one cell.
 */

export const importProblemCodes = [
  // The file as a whole
  'unreadable',
  'tooLarge',
  'tooLargeUnpacked',
  'empty',
  'tooManyRows',
  'tooManyColumns',
  'unclosedQuote',
  'badJson',
  'unknownJson',
  'noFormulaValue',
  // The header row
  'unknownColumn',
  'duplicateColumn',
  'unnamedColumn',
  'badLanguage',
  'missingLanguage',
  // What every microcredential needs
  'missingTitle',
  'missingAwardingBody',
  'missingIssuerCountry',
  // Values
  'badCode',
  'noneNotAlone',
  'badNumber',
  'outOfRange',
  'badCountry',
  'badUrl',
  'badId',
  'badEscoSkill',
  'missingEscoLabel',
  'tooLong',
  'tooMany',
  'lineCountMismatch',
  'needsColumn',
  'duplicateId',
  'unstorable',
  'invalid',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

export interface ImportProblem {
  /** CSV/XLSX: the row in the file (1 is the header row). */
  readonly row?: number;
  /** JSON: the position of the item (1 for a single object; array items from 1). */
  readonly entry?: number;
  /** The column heading (CSV/XLSX), in lower case. */
  readonly column?: string;
  readonly code: ImportProblemCode;
  /** Values for the message: the offending value (at most 80 characters), limits, names. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export const importLanguages = ['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl'] as const;
export type ImportLanguage = (typeof importLanguages)[number];

/** Where a problem is, put before its message. */
export type ImportPlace = 'row' | 'rowColumn' | 'entry' | 'entryColumn';

export interface ImportProblemCatalogue {
  readonly place: Readonly<Record<ImportPlace, string>>;
  readonly messages: Readonly<Record<ImportProblemCode, string>>;
}

const en: ImportProblemCatalogue = {
  place: {
    row: 'Row {row}: ',
    rowColumn: 'Row {row}, column {column}: ',
    entry: 'Entry {entry}: ',
    entryColumn: 'Entry {entry}, {column}: ',
  },
  messages: {
    unreadable: 'The file cannot be read as {format}.',
    tooLarge: 'The file is larger than {max}.',
    tooLargeUnpacked: 'Unpacked, the workbook is larger than {max}.',
    empty: 'The file contains no microcredentials.',
    tooManyRows: 'The file contains more than {max} microcredentials. Please split it into smaller files.',
    tooManyColumns: 'The row has more than {max} columns.',
    unclosedQuote: 'A quotation mark is not closed.',
    badJson: 'The file is not valid JSON.',
    unknownJson:
      'This is not a Europass credential, an Open Badge, an achievement or a learning achievement specification.',
    noFormulaValue:
      'The formula has no saved result. Save the file in your spreadsheet program and try again.',
    unknownColumn: 'This column is not known.',
    duplicateColumn: 'This column appears more than once.',
    unnamedColumn: 'Column {position} contains values but has no heading.',
    badLanguage: '“{value}” is not a two-letter language code.',
    missingLanguage: 'Add a language code to the heading, for example “:en”.',
    missingTitle: 'The title is missing.',
    missingAwardingBody: 'The awarding body is missing.',
    missingIssuerCountry: 'The country of the issuer is missing.',
    badCode: '“{value}” is not an allowed code (see the codes sheet of the template).',
    noneNotAlone: '“{value}” cannot be combined with other codes.',
    badNumber: '“{value}” is not a number.',
    outOfRange: '{value} is out of range: it must be more than 0 and at most {max}.',
    badCountry: '“{value}” is not a two-letter country code (ISO 3166-1).',
    badUrl: '“{value}” is not a web address starting with http:// or https://.',
    badId: '“{value}” is not a valid id (letters, digits and . _ : -, at most 128 characters).',
    badEscoSkill: '“{value}” is not an ESCO skill URI.',
    missingEscoLabel: 'The ESCO skill {value} needs its name after the URI.',
    tooLong: 'The cell is longer than {max} characters.',
    tooMany: 'There are more than {max} entries.',
    lineCountMismatch: 'There are {found} lines where {expected} are expected.',
    needsColumn: 'This value also needs a value in the column {needs}.',
    duplicateId: 'The id “{value}” is already used in row {firstRow}.',
    unstorable:
      'The text at {path} cannot be stored: it contains a NUL character or half of a surrogate pair.',
    invalid: 'The value does not fit the register ({path}).',
  },
};

const nl: ImportProblemCatalogue = {
  place: {
    row: 'Rij {row}: ',
    rowColumn: 'Rij {row}, kolom {column}: ',
    entry: 'Item {entry}: ',
    entryColumn: 'Item {entry}, {column}: ',
  },
  messages: {
    unreadable: 'Het bestand kan niet als {format} worden gelezen.',
    tooLarge: 'Het bestand is groter dan {max}.',
    tooLargeUnpacked: 'Uitgepakt is de werkmap groter dan {max}.',
    empty: 'Het bestand bevat geen microcredentials.',
    tooManyRows: 'Het bestand bevat meer dan {max} microcredentials. Splits het in kleinere bestanden.',
    tooManyColumns: 'De rij heeft meer dan {max} kolommen.',
    unclosedQuote: 'Een aanhalingsteken is niet gesloten.',
    badJson: 'Het bestand is geen geldige JSON.',
    unknownJson:
      'Dit is geen Europass-credential, Open Badge, achievement of learning achievement specification.',
    noFormulaValue:
      'De formule heeft geen opgeslagen resultaat. Sla het bestand op in uw spreadsheetprogramma en probeer het opnieuw.',
    unknownColumn: 'Deze kolom is onbekend.',
    duplicateColumn: 'Deze kolom komt meer dan eens voor.',
    unnamedColumn: 'Kolom {position} bevat waarden, maar heeft geen kop.',
    badLanguage: '„{value}” is geen taalcode van twee letters.',
    missingLanguage: 'Voeg een taalcode toe aan de kop, bijvoorbeeld „:nl”.',
    missingTitle: 'De titel ontbreekt.',
    missingAwardingBody: 'De toekennende instantie ontbreekt.',
    missingIssuerCountry: 'Het land van de uitgever ontbreekt.',
    badCode: '„{value}” is geen toegestane code (zie het blad met codes in de sjabloon).',
    noneNotAlone: '„{value}” kan niet met andere codes worden gecombineerd.',
    badNumber: '„{value}” is geen getal.',
    outOfRange: '{value} valt buiten het bereik: het moet groter zijn dan 0 en ten hoogste {max}.',
    badCountry: '„{value}” is geen landcode van twee letters (ISO 3166-1).',
    badUrl: '„{value}” is geen webadres dat begint met http:// of https://.',
    badId: '„{value}” is geen geldige id (letters, cijfers en . _ : -, ten hoogste 128 tekens).',
    badEscoSkill: '„{value}” is geen URI van een ESCO-vaardigheid.',
    missingEscoLabel: 'Na de URI van de ESCO-vaardigheid {value} moet de naam volgen.',
    tooLong: 'De cel is langer dan {max} tekens.',
    tooMany: 'Er zijn meer dan {max} vermeldingen.',
    lineCountMismatch: 'Er zijn {found} regels waar {expected} worden verwacht.',
    needsColumn: 'Voor deze waarde is ook een waarde in de kolom {needs} nodig.',
    duplicateId: 'De id „{value}” wordt al gebruikt in rij {firstRow}.',
    unstorable:
      'De tekst bij {path} kan niet worden opgeslagen: er staat een NUL-teken of een half surrogaatpaar in.',
    invalid: 'De waarde past niet in het register ({path}).',
  },
};

const fi: ImportProblemCatalogue = {
  place: {
    row: 'Rivi {row}: ',
    rowColumn: 'Rivi {row}, sarake {column}: ',
    entry: 'Kohde {entry}: ',
    entryColumn: 'Kohde {entry}, {column}: ',
  },
  messages: {
    unreadable: 'Tiedostoa ei voi lukea muodossa {format}.',
    tooLarge: 'Tiedosto on suurempi kuin {max}.',
    tooLargeUnpacked: 'Purettuna työkirja on suurempi kuin {max}.',
    empty: 'Tiedostossa ei ole mikrotutkintoja.',
    tooManyRows: 'Tiedostossa on yli {max} mikrotutkintoa. Jaa se pienempiin tiedostoihin.',
    tooManyColumns: 'Rivillä on yli {max} saraketta.',
    unclosedQuote: 'Lainausmerkkiä ei ole suljettu.',
    badJson: 'Tiedosto ei ole kelvollista JSONia.',
    unknownJson:
      'Tämä ei ole Europass-todiste, Open Badge, suoritus (achievement) eikä osaamisen kuvaus (learning achievement specification).',
    noFormulaValue:
      'Kaavalla ei ole tallennettua tulosta. Tallenna tiedosto taulukko-ohjelmassa ja yritä uudelleen.',
    unknownColumn: 'Saraketta ei tunneta.',
    duplicateColumn: 'Sarake esiintyy useammin kuin kerran.',
    unnamedColumn: 'Sarakkeessa {position} on arvoja, mutta sillä ei ole otsikkoa.',
    badLanguage: '”{value}” ei ole kaksikirjaiminen kielikoodi.',
    missingLanguage: 'Lisää otsikkoon kielikoodi, esimerkiksi ”:fi”.',
    missingTitle: 'Nimi puuttuu.',
    missingAwardingBody: 'Myöntävä organisaatio puuttuu.',
    missingIssuerCountry: 'Myöntäjän maa puuttuu.',
    badCode: '”{value}” ei ole sallittu koodi (katso mallipohjan koodivälilehti).',
    noneNotAlone: 'Koodia ”{value}” ei voi yhdistää muihin koodeihin.',
    badNumber: '”{value}” ei ole luku.',
    outOfRange: '{value} on sallitun alueen ulkopuolella: arvon on oltava suurempi kuin 0 ja enintään {max}.',
    badCountry: '”{value}” ei ole kaksikirjaiminen maatunnus (ISO 3166-1).',
    badUrl: '”{value}” ei ole verkko-osoite, joka alkaa http:// tai https://.',
    badId: '”{value}” ei ole kelvollinen tunniste (kirjaimia, numeroita ja . _ : -, enintään 128 merkkiä).',
    badEscoSkill: '”{value}” ei ole ESCO-taidon URI.',
    missingEscoLabel: 'ESCO-taidon {value} URI:n perään tarvitaan taidon nimi.',
    tooLong: 'Solu on pidempi kuin {max} merkkiä.',
    tooMany: 'Kohteita on yli {max}.',
    lineCountMismatch: 'Rivejä: {found}, odotettiin: {expected}.',
    needsColumn: 'Tämä arvo edellyttää arvoa myös sarakkeessa {needs}.',
    duplicateId: 'Tunniste ”{value}” on jo käytössä rivillä {firstRow}.',
    unstorable: 'Kohdan {path} tekstiä ei voi tallentaa: siinä on NUL-merkki tai puolikas korvausmerkkipari.',
    invalid: 'Arvo ei sovi rekisteriin ({path}).',
  },
};

const de: ImportProblemCatalogue = {
  place: {
    row: 'Zeile {row}: ',
    rowColumn: 'Zeile {row}, Spalte {column}: ',
    entry: 'Eintrag {entry}: ',
    entryColumn: 'Eintrag {entry}, {column}: ',
  },
  messages: {
    unreadable: 'Die Datei kann nicht als {format} gelesen werden.',
    tooLarge: 'Die Datei ist größer als {max}.',
    tooLargeUnpacked: 'Entpackt ist die Arbeitsmappe größer als {max}.',
    empty: 'Die Datei enthält keine Microcredentials.',
    tooManyRows:
      'Die Datei enthält mehr als {max} Microcredentials. Bitte teilen Sie sie in kleinere Dateien auf.',
    tooManyColumns: 'Die Zeile hat mehr als {max} Spalten.',
    unclosedQuote: 'Ein Anführungszeichen ist nicht geschlossen.',
    badJson: 'Die Datei ist kein gültiges JSON.',
    unknownJson:
      'Dies ist weder ein Europass-Nachweis noch ein Open Badge, ein Achievement oder eine Learning Achievement Specification.',
    noFormulaValue:
      'Die Formel hat kein gespeichertes Ergebnis. Speichern Sie die Datei in Ihrem Tabellenprogramm und versuchen Sie es erneut.',
    unknownColumn: 'Diese Spalte ist unbekannt.',
    duplicateColumn: 'Diese Spalte kommt mehrfach vor.',
    unnamedColumn: 'Spalte {position} enthält Werte, hat aber keine Überschrift.',
    badLanguage: '„{value}“ ist kein zweistelliger Sprachcode.',
    missingLanguage: 'Ergänzen Sie die Überschrift um einen Sprachcode, zum Beispiel „:de“.',
    missingTitle: 'Der Titel fehlt.',
    missingAwardingBody: 'Die vergebende Stelle fehlt.',
    missingIssuerCountry: 'Das Land des Ausstellers fehlt.',
    badCode: '„{value}“ ist kein zulässiger Code (siehe das Blatt mit den Codes in der Vorlage).',
    noneNotAlone: '„{value}“ kann nicht mit anderen Codes kombiniert werden.',
    badNumber: '„{value}“ ist keine Zahl.',
    outOfRange: '{value} liegt außerhalb des Bereichs: Der Wert muss größer als 0 und höchstens {max} sein.',
    badCountry: '„{value}“ ist kein zweistelliger Ländercode (ISO 3166-1).',
    badUrl: '„{value}“ ist keine Webadresse, die mit http:// oder https:// beginnt.',
    badId: '„{value}“ ist keine gültige ID (Buchstaben, Ziffern und . _ : -, höchstens 128 Zeichen).',
    badEscoSkill: '„{value}“ ist keine URI einer ESCO-Kompetenz.',
    missingEscoLabel: 'Nach der URI der ESCO-Kompetenz {value} muss ihr Name folgen.',
    tooLong: 'Die Zelle ist länger als {max} Zeichen.',
    tooMany: 'Es gibt mehr als {max} Einträge.',
    lineCountMismatch: 'Es gibt {found} Zeilen, erwartet werden {expected}.',
    needsColumn: 'Dieser Wert erfordert auch einen Wert in der Spalte {needs}.',
    duplicateId: 'Die ID „{value}“ wird bereits in Zeile {firstRow} verwendet.',
    unstorable:
      'Der Text bei {path} kann nicht gespeichert werden: Er enthält ein NUL-Zeichen oder ein halbes Surrogatpaar.',
    invalid: 'Der Wert passt nicht in das Register ({path}).',
  },
};

const fr: ImportProblemCatalogue = {
  place: {
    row: 'Ligne {row} : ',
    rowColumn: 'Ligne {row}, colonne {column} : ',
    entry: 'Élément {entry} : ',
    entryColumn: 'Élément {entry}, {column} : ',
  },
  messages: {
    unreadable: 'Le fichier ne peut pas être lu en tant que {format}.',
    tooLarge: 'Le fichier dépasse {max}.',
    tooLargeUnpacked: 'Décompressé, le classeur dépasse {max}.',
    empty: 'Le fichier ne contient aucune microcertification.',
    tooManyRows:
      'Le fichier contient plus de {max} microcertifications. Veuillez le diviser en fichiers plus petits.',
    tooManyColumns: 'La ligne compte plus de {max} colonnes.',
    unclosedQuote: 'Un guillemet n’est pas fermé.',
    badJson: 'Le fichier n’est pas un JSON valide.',
    unknownJson:
      'Ceci n’est ni une attestation Europass, ni un Open Badge, ni un achievement, ni une learning achievement specification.',
    noFormulaValue:
      'La formule n’a pas de résultat enregistré. Enregistrez le fichier dans votre tableur et réessayez.',
    unknownColumn: 'Cette colonne est inconnue.',
    duplicateColumn: 'Cette colonne figure plusieurs fois.',
    unnamedColumn: 'La colonne {position} contient des valeurs mais n’a pas d’en-tête.',
    badLanguage: '« {value} » n’est pas un code de langue à deux lettres.',
    missingLanguage: 'Ajoutez un code de langue à l’en-tête, par exemple « :fr ».',
    missingTitle: 'Le titre manque.',
    missingAwardingBody: 'L’organisme de délivrance manque.',
    missingIssuerCountry: 'Le pays de l’émetteur manque.',
    badCode: '« {value} » n’est pas un code autorisé (voir la feuille des codes du modèle).',
    noneNotAlone: '« {value} » ne peut pas être combiné avec d’autres codes.',
    badNumber: '« {value} » n’est pas un nombre.',
    outOfRange: '{value} est hors limites : la valeur doit être supérieure à 0 et au plus égale à {max}.',
    badCountry: '« {value} » n’est pas un code de pays à deux lettres (ISO 3166-1).',
    badUrl: '« {value} » n’est pas une adresse web commençant par http:// ou https://.',
    badId:
      '« {value} » n’est pas un identifiant valide (lettres, chiffres et . _ : -, 128 caractères au plus).',
    badEscoSkill: '« {value} » n’est pas l’URI d’une compétence ESCO.',
    missingEscoLabel: 'L’URI de la compétence ESCO {value} doit être suivie de son nom.',
    tooLong: 'La cellule dépasse {max} caractères.',
    tooMany: 'Il y a plus de {max} entrées.',
    lineCountMismatch: 'Il y a {found} lignes alors que {expected} sont attendues.',
    needsColumn: 'Cette valeur exige aussi une valeur dans la colonne {needs}.',
    duplicateId: 'L’identifiant « {value} » est déjà utilisé à la ligne {firstRow}.',
    unstorable:
      'Le texte en {path} ne peut pas être enregistré : il comporte un caractère NUL ou une moitié de paire de substitution.',
    invalid: 'La valeur ne convient pas au registre ({path}).',
  },
};

const pl: ImportProblemCatalogue = {
  place: {
    row: 'Wiersz {row}: ',
    rowColumn: 'Wiersz {row}, kolumna {column}: ',
    entry: 'Pozycja {entry}: ',
    entryColumn: 'Pozycja {entry}, {column}: ',
  },
  messages: {
    unreadable: 'Nie można odczytać pliku jako {format}.',
    tooLarge: 'Plik jest większy niż {max}.',
    tooLargeUnpacked: 'Po rozpakowaniu skoroszyt jest większy niż {max}.',
    empty: 'Plik nie zawiera żadnych mikropoświadczeń.',
    tooManyRows: 'Plik zawiera ponad {max} mikropoświadczeń. Należy podzielić go na mniejsze pliki.',
    tooManyColumns: 'Wiersz ma ponad {max} kolumn.',
    unclosedQuote: 'Cudzysłów nie został zamknięty.',
    badJson: 'Plik nie jest poprawnym plikiem JSON.',
    unknownJson:
      'To nie jest poświadczenie Europass, Open Badge, osiągnięcie (achievement) ani specyfikacja osiągnięć (learning achievement specification).',
    noFormulaValue:
      'Formuła nie ma zapisanego wyniku. Należy zapisać plik w arkuszu kalkulacyjnym i spróbować ponownie.',
    unknownColumn: 'Ta kolumna jest nieznana.',
    duplicateColumn: 'Ta kolumna występuje więcej niż raz.',
    unnamedColumn: 'Kolumna {position} zawiera wartości, ale nie ma nagłówka.',
    badLanguage: '„{value}” nie jest dwuliterowym kodem języka.',
    missingLanguage: 'W nagłówku brakuje kodu języka, np. „:pl”.',
    missingTitle: 'Brak tytułu.',
    missingAwardingBody: 'Brak instytucji przyznającej.',
    missingIssuerCountry: 'Brak kraju wystawcy.',
    badCode: '„{value}” nie jest dozwolonym kodem (zob. arkusz kodów w szablonie).',
    noneNotAlone: 'Kodu „{value}” nie można łączyć z innymi kodami.',
    badNumber: '„{value}” nie jest liczbą.',
    outOfRange: '{value} jest poza zakresem: wartość musi być większa niż 0 i nie większa niż {max}.',
    badCountry: '„{value}” nie jest dwuliterowym kodem kraju (ISO 3166-1).',
    badUrl: '„{value}” nie jest adresem internetowym zaczynającym się od http:// lub https://.',
    badId: '„{value}” nie jest poprawnym identyfikatorem (litery, cyfry oraz . _ : -, najwyżej 128 znaków).',
    badEscoSkill: '„{value}” nie jest identyfikatorem URI umiejętności ESCO.',
    missingEscoLabel: 'Po identyfikatorze URI umiejętności ESCO {value} brakuje jej nazwy.',
    tooLong: 'Komórka ma więcej niż {max} znaków.',
    tooMany: 'Jest więcej niż {max} pozycji.',
    lineCountMismatch: 'Liczba wierszy: {found}, oczekiwano: {expected}.',
    needsColumn: 'Ta wartość wymaga również wartości w kolumnie {needs}.',
    duplicateId: 'Identyfikator „{value}” jest już użyty w wierszu {firstRow}.',
    unstorable: 'Tekstu w miejscu {path} nie można zapisać: jest w nim znak NUL lub połowa pary surogatów.',
    invalid: 'Wartość nie pasuje do rejestru ({path}).',
  },
};

const es: ImportProblemCatalogue = {
  place: {
    row: 'Fila {row}: ',
    rowColumn: 'Fila {row}, columna {column}: ',
    entry: 'Elemento {entry}: ',
    entryColumn: 'Elemento {entry}, {column}: ',
  },
  messages: {
    unreadable: 'El archivo no se puede leer como {format}.',
    tooLarge: 'El archivo supera {max}.',
    tooLargeUnpacked: 'Descomprimido, el libro supera {max}.',
    empty: 'El archivo no contiene ninguna microcredencial.',
    tooManyRows: 'El archivo contiene más de {max} microcredenciales. Divídalo en archivos más pequeños.',
    tooManyColumns: 'La fila tiene más de {max} columnas.',
    unclosedQuote: 'Unas comillas no están cerradas.',
    badJson: 'El archivo no es un JSON válido.',
    unknownJson:
      'No es una credencial Europass, un Open Badge, un achievement ni una learning achievement specification.',
    noFormulaValue:
      'La fórmula no tiene ningún resultado guardado. Guarde el archivo en su programa de hojas de cálculo e inténtelo de nuevo.',
    unknownColumn: 'Esta columna no se conoce.',
    duplicateColumn: 'Esta columna aparece más de una vez.',
    unnamedColumn: 'La columna {position} contiene valores, pero no tiene encabezado.',
    badLanguage: '«{value}» no es un código de idioma de dos letras.',
    missingLanguage: 'Añada un código de idioma al encabezado, por ejemplo «:es».',
    missingTitle: 'Falta el título.',
    missingAwardingBody: 'Falta el organismo que otorga la microcredencial.',
    missingIssuerCountry: 'Falta el país del emisor.',
    badCode: '«{value}» no es un código permitido (consulte la hoja de códigos de la plantilla).',
    noneNotAlone: '«{value}» no se puede combinar con otros códigos.',
    badNumber: '«{value}» no es un número.',
    outOfRange: '{value} está fuera del intervalo: debe ser mayor que 0 y como máximo {max}.',
    badCountry: '«{value}» no es un código de país de dos letras (ISO 3166-1).',
    badUrl: '«{value}» no es una dirección web que empiece por http:// o https://.',
    badId: '«{value}» no es un identificador válido (letras, cifras y . _ : -, 128 caracteres como máximo).',
    badEscoSkill: '«{value}» no es el URI de una capacidad de ESCO.',
    missingEscoLabel: 'Después del URI de la capacidad de ESCO {value} debe figurar su nombre.',
    tooLong: 'La celda tiene más de {max} caracteres.',
    tooMany: 'Hay más de {max} entradas.',
    lineCountMismatch: 'Hay {found} líneas donde se esperan {expected}.',
    needsColumn: 'Este valor requiere también un valor en la columna {needs}.',
    duplicateId: 'El identificador «{value}» ya se usa en la fila {firstRow}.',
    unstorable:
      'El texto en {path} no se puede guardar: contiene un carácter NUL o la mitad de un par subrogado.',
    invalid: 'El valor no encaja en el registro ({path}).',
  },
};

const sl: ImportProblemCatalogue = {
  place: {
    row: 'Vrstica {row}: ',
    rowColumn: 'Vrstica {row}, stolpec {column}: ',
    entry: 'Vnos {entry}: ',
    entryColumn: 'Vnos {entry}, {column}: ',
  },
  messages: {
    unreadable: 'Datoteke ni mogoče prebrati kot {format}.',
    tooLarge: 'Datoteka je večja od {max}.',
    tooLargeUnpacked: 'Razpakiran je delovni zvezek večji od {max}.',
    empty: 'Datoteka ne vsebuje nobenega mikrodokazila.',
    tooManyRows: 'Datoteka vsebuje več kot {max} mikrodokazil. Razdelite jo na manjše datoteke.',
    tooManyColumns: 'Vrstica ima več kot {max} stolpcev.',
    unclosedQuote: 'Narekovaj ni zaprt.',
    badJson: 'Datoteka ni veljaven JSON.',
    unknownJson:
      'To ni dokazilo Europass, Open Badge, dosežek (achievement) niti specifikacija učnega dosežka (learning achievement specification).',
    noFormulaValue:
      'Formula nima shranjenega rezultata. Shranite datoteko v programu za preglednice in poskusite znova.',
    unknownColumn: 'Ta stolpec ni znan.',
    duplicateColumn: 'Ta stolpec se pojavi večkrat.',
    unnamedColumn: 'Stolpec {position} vsebuje vrednosti, nima pa glave.',
    badLanguage: '»{value}« ni dvočrkovna koda jezika.',
    missingLanguage: 'Glavi stolpca dodajte kodo jezika, na primer »:sl«.',
    missingTitle: 'Naslov manjka.',
    missingAwardingBody: 'Organ, ki podeljuje mikrodokazilo, manjka.',
    missingIssuerCountry: 'Država izdajatelja manjka.',
    badCode: '»{value}« ni dovoljena koda (glejte list s kodami v predlogi).',
    noneNotAlone: '»{value}« ni mogoče združiti z drugimi kodami.',
    badNumber: '»{value}« ni število.',
    outOfRange: '{value} je zunaj obsega: vrednost mora biti večja od 0 in največ {max}.',
    badCountry: '»{value}« ni dvočrkovna koda države (ISO 3166-1).',
    badUrl: '»{value}« ni spletni naslov, ki se začne s http:// ali https://.',
    badId: '»{value}« ni veljaven identifikator (črke, števke in . _ : -, največ 128 znakov).',
    badEscoSkill: '»{value}« ni URI spretnosti ESCO.',
    missingEscoLabel: 'Za URI spretnosti ESCO {value} mora slediti njeno ime.',
    tooLong: 'Celica je daljša od {max} znakov.',
    tooMany: 'Vnosov je več kot {max}.',
    lineCountMismatch: 'Število vrstic: {found}, pričakovano: {expected}.',
    needsColumn: 'Ta vrednost zahteva tudi vrednost v stolpcu {needs}.',
    duplicateId: 'Identifikator »{value}« je že uporabljen v vrstici {firstRow}.',
    unstorable: 'Besedila pri {path} ni mogoče shraniti: vsebuje znak NUL ali polovico nadomestnega para.',
    invalid: 'Vrednost ne ustreza registru ({path}).',
  },
};

/** The catalogues, one per interface language; each has every code (the type says so, a test checks the parameters). */
export const importProblemCatalogues: Readonly<Record<ImportLanguage, ImportProblemCatalogue>> = {
  en,
  nl,
  fi,
  de,
  fr,
  pl,
  es,
  sl,
};

const isImportLanguage = (value: string): value is ImportLanguage =>
  (importLanguages as readonly string[]).includes(value);

function fill(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Which place template fits the problem; none for a problem about the whole file. */
function placeOf(problem: ImportProblem): ImportPlace | undefined {
  if (problem.row !== undefined) return problem.column === undefined ? 'row' : 'rowColumn';
  if (problem.entry !== undefined) return problem.column === undefined ? 'entry' : 'entryColumn';
  return undefined;
}

/**
 * A problem in words, in one of the interface languages (English for any other): where it is, then
 * what is wrong, e.g. "Row 4, column ects: “abc” is not a number."
 */
export function importProblemMessage(problem: ImportProblem, lang: string): string {
  const catalogue = importProblemCatalogues[isImportLanguage(lang) ? lang : 'en'];
  const values = { ...problem.params, row: problem.row, entry: problem.entry, column: problem.column };
  const place = placeOf(problem);
  const where = place === undefined ? '' : fill(catalogue.place[place], values);
  return where + fill(catalogue.messages[problem.code], values);
}
