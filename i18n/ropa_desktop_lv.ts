<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Backups</name>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="13"/>
        <source>before the file was updated to a new version</source>
        <translation>pirms faila atjaunināšanas uz jaunu versiju</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="15"/>
        <source>the first opening of the day</source>
        <translation>dienas pirmā atvēršana</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="16"/>
        <source>before a restore</source>
        <translation>pirms atjaunošanas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="17"/>
        <source>before a JSON import</source>
        <translation>pirms JSON importēšanas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="18"/>
        <source>the damaged file, as it was</source>
        <translation>bojātais fails, kāds tas bija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="19"/>
        <source>before an interrupted save was undone</source>
        <translation>pirms tika atsaukta pārtraukta saglabāšana</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="20"/>
        <source>before another register was saved in its place</source>
        <translation>pirms tā vietā tika saglabāts cits reģistrs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="21"/>
        <source>the file that was replaced, as it was</source>
        <translation>aizstātais fails, kāds tas bija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="22"/>
        <source>after a person’s data was erased</source>
        <translation>pēc personas datu dzēšanas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="34"/>
        <source>Automatic copies of “%1”, newest first. The chosen copy replaces the register’s content; what is there now is kept as another copy, so this too can be undone.</source>
        <translation>Faila “%1” automātiskās kopijas, jaunākās augšā. Izvēlētā kopija aizstās reģistra saturu; pašreizējo saturu saglabās kā vēl vienu kopiju, tāpēc arī šo soli var atsaukt.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="31"/>
        <source>Restore from backup</source>
        <translation>Atjaunot no rezerves kopijas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="45"/>
        <source>%1 – %2 (%3 KB)</source>
        <translation>%1 – %2 (%3 KB)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="58"/>
        <source>There are no copies of this register yet.</source>
        <translation>Šim reģistram vēl nav kopiju.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="63"/>
        <source>&amp;Restore</source>
        <translation>&amp;Atjaunot</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="121"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="123"/>
        <source>Who belongs to it</source>
        <translation>Kas pie tās pieder</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="83"/>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="146"/>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="175"/>
        <source>Purpose</source>
        <translation>Nolūks</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="147"/>
        <source>Legal basis</source>
        <translation>Juridiskais pamats</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="157"/>
        <source>Data category</source>
        <translation>Datu kategorija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="159"/>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="232"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="162"/>
        <source>Used for</source>
        <translation>Izmanto nolūkiem</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="176"/>
        <source>Where the data comes from</source>
        <translation>No kurienes dati nāk</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="187"/>
        <source>Recipient</source>
        <translation>Saņēmējs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="188"/>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="190"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="213"/>
        <source>For the purposes</source>
        <translation>Nolūkiem</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="216"/>
        <source>How long</source>
        <translation>Cik ilgi glabā</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="231"/>
        <source>Measure</source>
        <translation>Pasākums</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="112"/>
        <source>A privacy notice is listed here for each group of people named in step 2: customers, employees, job applicants, business partners.</source>
        <translation>Šeit būs privātuma paziņojums katrai 2. solī norādītajai personu grupai: klientiem, darbiniekiem, darba kandidātiem, sadarbības partneriem.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="120"/>
        <source>The consent form appears here once a purpose resting on consent collects it on paper: in step 3, tick “The printed consent form collects this consent” for that purpose.</source>
        <translation>Piekrišanas veidlapa šeit parādīsies, kad kāda nolūka piekrišanu saņems uz papīra: 3. solī pie šī nolūka atzīmējiet “Šo piekrišanu saņem ar izdrukātu piekrišanas veidlapu”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="130"/>
        <source>Document &amp;language:</source>
        <translation>Dokumenta &amp;valoda:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="148"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="149"/>
        <source>&amp;Save PDF…</source>
        <translation>Sa&amp;glabāt PDF…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="157"/>
        <source>Version and approval</source>
        <translation>Versija un apstiprināšana</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="174"/>
        <source>Version:</source>
        <translation>Versija:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="175"/>
        <source>Approved by:</source>
        <translation>Apstiprināja:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="176"/>
        <source>Approved on:</source>
        <translation>Apstiprināts:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="235"/>
        <source>Fit &amp;width</source>
        <translation>Pielāgot platu&amp;mam</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="236"/>
        <source>Smaller</source>
        <translation>Samazināt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="237"/>
        <source>Larger</source>
        <translation>Palielināt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="366"/>
        <source>Preparing the preview…</source>
        <translation>Gatavo priekšskatījumu…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="403"/>
        <source>Pages: %1</source>
        <translation>Lappuses: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="474"/>
        <source>This document is a draft, and each page says so. Blanks still to fill in (__________): %1. The Review step lists what is missing.</source>
        <translation>Šis dokuments ir melnraksts: katrā tā lappusē ir šāda atzīme, un neaizpildīto vietu (__________) skaits ir %1. Kas vēl trūkst, parāda solis “Pārskats”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="516"/>
        <source>Sent to the printer.</source>
        <translation>Nosūtīts uz printeri.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="533"/>
        <source>PDF documents</source>
        <translation>PDF dokumenti</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="554"/>
        <source>The document is saved: %1</source>
        <translation>Dokuments ir saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="247"/>
        <location filename="../ropa_desktop/ui/logs/common.py" line="515"/>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="497"/>
        <source>Print the document</source>
        <translation>Drukāt dokumentu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="183"/>
        <source>The printer could not be started.</source>
        <translation>Printeri neizdevās sagatavot drukāšanai.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="531"/>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="553"/>
        <source>Save the document as PDF</source>
        <translation>Saglabāt dokumentu PDF formātā</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="546"/>
        <source>The PDF could not be saved</source>
        <translation>PDF neizdevās saglabāt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="550"/>
        <source>Saved %1</source>
        <translation>Saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="163"/>
        <source>e.g. a board member</source>
        <translation>piem., valdes loceklis</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="177"/>
        <source>Effective from:</source>
        <translation>Spēkā no:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="386"/>
        <source>The document could not be created: %1</source>
        <translation>Dokumentu neizdevās sagatavot: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="481"/>
        <source>The document is a draft</source>
        <translation>Dokuments ir melnraksts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="491"/>
        <source>Print it anyway?</source>
        <translation>Vai tomēr drukāt?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="523"/>
        <source>Save it anyway?</source>
        <translation>Vai tomēr saglabāt?</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../ropa_desktop/ui/folders.py" line="25"/>
        <source>All files</source>
        <translation>Visi faili</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/folders.py" line="64"/>
        <source>Open &amp;folder</source>
        <translation>Atvērt &amp;mapi</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="430"/>
        <location filename="../ropa_desktop/ui/forms.py" line="479"/>
        <location filename="../ropa_desktop/ui/forms.py" line="1029"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="433"/>
        <source>Who belongs to it:</source>
        <translation>Kas pie tās pieder:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="434"/>
        <source>e.g. anyone who buys or orders from the company</source>
        <translation>piem., ikviens, kas pērk vai pasūta no uzņēmuma</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="480"/>
        <source>What it includes:</source>
        <translation>Ko tā ietver:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="483"/>
        <source>&amp;Kind of data:</source>
        <translation>Datu &amp;veids:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="489"/>
        <source>Used for:</source>
        <translation>Izmanto nolūkiem:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="522"/>
        <source>Health, biometric and other special category data may be processed only under an Art. 9(2) condition: state it with each purpose that uses this data (step 3).</source>
        <translation>Veselības, biometriskos un citus īpašu kategoriju personas datus drīkst apstrādāt tikai ar kādu no 9. panta 2. punkta nosacījumiem: norādiet to katram nolūkam, kas šos datus izmanto (3. solis).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="527"/>
        <source>Data on convictions and offences may be processed only where a law allows it (Art. 10): state it with each purpose that uses this data (step 3).</source>
        <translation>Datus par sodāmību un pārkāpumiem drīkst apstrādāt tikai tad, ja to atļauj likums (10. pants): norādiet to katram nolūkam, kas šos datus izmanto (3. solis).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="595"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Nolūks:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="598"/>
        <location filename="../ropa_desktop/ui/forms.py" line="1260"/>
        <source>Description:</source>
        <translation>Apraksts:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="600"/>
        <source>What the company does with the data and why</source>
        <translation>Ko uzņēmums ar datiem dara un kāpēc</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="440"/>
        <source>e.g. Customers are not divided into groups.</source>
        <translation>piem., Klienti netiek dalīti grupās.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="639"/>
        <source>Legal basis:</source>
        <translation>Juridiskais pamats:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="644"/>
        <source>Which interest of the company or of others the processing serves</source>
        <translation>Kādas uzņēmuma vai citu personu intereses apstrāde nodrošina</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="659"/>
        <source>How the person gives consent:</source>
        <translation>Kā persona dod piekrišanu:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="665"/>
        <source>How consent is withdrawn:</source>
        <translation>Kā piekrišanu atsauc:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="667"/>
        <source>As easy as giving it, e.g. a link in every e-mail</source>
        <translation>Tikpat viegli kā to dot, piem., ar saiti katrā e-pastā</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="683"/>
        <source>Whose data:</source>
        <translation>Kuru personu dati:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="710"/>
        <source>Must the person provide the data?</source>
        <translation>Vai personai dati jāsniedz?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="730"/>
        <source>Art. 9(2) / Art. 10 condition:</source>
        <translation>9. panta 2. punkta / 10. panta nosacījums:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="758"/>
        <source>Which decisions and how:</source>
        <translation>Kādi lēmumi un kā:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="763"/>
        <source>Impact assessment (DPIA):</source>
        <translation>Ietekmes novērtējums (NIDA):</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="548"/>
        <source>Not yet assessed</source>
        <translation>Vēl nav izvērtēts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="549"/>
        <source>Not needed</source>
        <translation>Nav nepieciešams</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="550"/>
        <source>Needed</source>
        <translation>Nepieciešams</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="777"/>
        <source>Why:</source>
        <translation>Kāpēc:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="142"/>
        <location filename="../ropa_desktop/ui/forms.py" line="779"/>
        <source>e.g. small scale, no special category data</source>
        <translation>piem., neliels apjoms, nav īpašu kategoriju datu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="975"/>
        <source>Where exactly, e.g. the order form</source>
        <translation>Kur tieši, piem., pasūtījuma forma</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="997"/>
        <source>How it is obtained:</source>
        <translation>Kā tos iegūst:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1185"/>
        <source>Only this data:</source>
        <translation>Tikai šiem datiem:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="712"/>
        <source>Not stated yet</source>
        <translation>Vēl nav norādīts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="272"/>
        <source>Nothing to tick yet: fill in step %1, “%2”, first.</source>
        <translation>Vēl nav ko atzīmēt: vispirms aizpildiet %1. soli “%2”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="517"/>
        <source>Say in “What it includes” why the personal identity number is needed (e.g. the law or the customer’s own request).</source>
        <translation>Laukā “Ko tā ietver” norādiet, kāpēc personas kods ir vajadzīgs (piem., to prasa likums vai klients pats to lūdz).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="612"/>
        <source>Note, e.g. what the consent is given for</source>
        <translation>Piezīme, piem., kādam nolūkam dota piekrišana</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="613"/>
        <source>Note, e.g. which contract</source>
        <translation>Piezīme, piem., kurš līgums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="614"/>
        <source>Note, e.g. which law</source>
        <translation>Piezīme, piem., kurš likums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="615"/>
        <source>Note, e.g. which law gives the task</source>
        <translation>Piezīme, piem., kurš likums nosaka uzdevumu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="621"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="661"/>
        <source>e.g. ticks a box in the online shop before ordering</source>
        <translation>piem., pirms pasūtīšanas atzīmē izvēles rūtiņu internetveikalā</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="688"/>
        <source>What data:</source>
        <translation>Kādi dati:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="701"/>
        <source>From the catalogue…</source>
        <translation>No kataloga…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="703"/>
        <source>Add data categories from the catalogue to the register, ticked for this purpose</source>
        <translation>Pievienot reģistram datu kategorijas no kataloga un atzīmēt tās šim nolūkam</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="724"/>
        <source>If not provided:</source>
        <translation>Ja dati netiek sniegti:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="726"/>
        <source>e.g. the contract cannot be concluded</source>
        <translation>piem., līgumu nevar noslēgt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="732"/>
        <source>What allows the special category or criminal offence data to be processed</source>
        <translation>Kas atļauj apstrādāt īpašu kategoriju datus vai datus par sodāmību</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="741"/>
        <source>Choose a condition of the Regulation…</source>
        <translation>Izvēlieties Regulas nosacījumu…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="751"/>
        <source>Decisions are made automatically, without human involvement (including profiling)</source>
        <translation>Lēmumus pieņem automatizēti, bez cilvēka līdzdalības (arī profilēšana)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="768"/>
        <source>Needed when the processing is likely to result in a high risk to people (Art. 35): e.g. large-scale special category data, systematic monitoring, or profiling with significant effects.</source>
        <translation>Novērtējums par ietekmi uz datu aizsardzību (NIDA) nepieciešams, ja apstrāde, visticamāk, rada augstu risku personām (35. pants): piem., liela apjoma īpašu kategoriju dati, sistemātiska uzraudzība vai profilēšana ar būtiskām sekām.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="994"/>
        <source>Sources:</source>
        <translation>Dati tiek iegūti:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1031"/>
        <source>&amp;Role:</source>
        <translation>Lo&amp;ma:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1034"/>
        <source>Registration number:</source>
        <translation>Reģistrācijas numurs:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1036"/>
        <source>Country:</source>
        <translation>Valsts:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1039"/>
        <source>What it does with the data:</source>
        <translation>Ko tas dara ar datiem:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1043"/>
        <source>There is a written a&amp;greement</source>
        <translation>Ir noslēgts rakstisks lī&amp;gums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1049"/>
        <source>Agreement:</source>
        <translation>Līgums:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1056"/>
        <source>Signed on:</source>
        <translation>Noslēgts:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1061"/>
        <source>Review by:</source>
        <translation>Pārskatīt līdz:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1062"/>
        <source>Note on the agreement:</source>
        <translation>Piezīme par līgumu:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1064"/>
        <source>The data is &amp;transferred outside the EU/EEA</source>
        <translation>Dati tiek nosūtīti ā&amp;rpus ES/EEZ</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1070"/>
        <source>To which country:</source>
        <translation>Uz kuru valsti:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1074"/>
        <source>Safeguard:</source>
        <translation>Garantijas:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1077"/>
        <source>Note on the transfer:</source>
        <translation>Piezīme par nosūtīšanu:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1079"/>
        <source>Receives data for:</source>
        <translation>Saņem datus nolūkiem:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1178"/>
        <source>e.g. Accounting Law, Section 28</source>
        <translation>piem., Grāmatvedības likuma 28. pants</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1181"/>
        <source>For the purposes:</source>
        <translation>Nolūkiem:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1190"/>
        <source>If none is ticked, the term applies to all the data of these purposes.</source>
        <translation>Ja nekas nav atzīmēts, termiņš attiecas uz visiem šo nolūku datiem.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1246"/>
        <source>e.g. after the transaction</source>
        <translation>piem., pēc darījuma</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1266"/>
        <source>Technical or organisational?</source>
        <translation>Tehnisks vai organizatorisks?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1292"/>
        <source>Say whether “%1” is technical or organisational: it is then added to the list (Esc cancels).</source>
        <translation>Norādiet, vai “%1” ir tehnisks vai organizatorisks pasākums: tad tas tiks pievienots sarakstam (Esc – atcelt).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1151"/>
        <source>A fixed &amp;period:</source>
        <translation>Noteikts laikp&amp;osms:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="438"/>
        <source>Subgroups:</source>
        <translation>Dalījums grupās:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="443"/>
        <source>Whether these people fall into groups whose data is handled differently (e.g. private and business customers), and if so, which.</source>
        <translation>Vai šīs personas iedalās grupās, kuru datus apstrādā atšķirīgi (piemēram, privātpersonas un uzņēmumi), un kādās.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="581"/>
        <source>Art. %1 GDPR</source>
        <translation>VDAR %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="642"/>
        <source>Legitimate interest:</source>
        <translation>Leģitīmās intereses:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="695"/>
        <source>Nothing to tick yet: take the data from the catalogue, or add your own in step %1, “%2”.</source>
        <translation>Vēl nav ko atzīmēt: ņemiet datus no kataloga vai pievienojiet savus %1. solī “%2”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="999"/>
        <source>e.g. the customer fills in the order form on the website</source>
        <translation>piem., klients tīmekļvietnē aizpilda pasūtījuma formu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1041"/>
        <source>e.g. hosts the website and the online shop</source>
        <translation>piem., uztur tīmekļvietni un internetveikalu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1168"/>
        <source>Kept:</source>
        <translation>Glabā:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1171"/>
        <location filename="../ropa_desktop/ui/forms.py" line="1243"/>
        <source>Or until:</source>
        <translation>Vai arī līdz:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1173"/>
        <location filename="../ropa_desktop/ui/forms.py" line="1248"/>
        <source>e.g. until the contract ends</source>
        <translation>piem., līdz līguma izbeigšanai</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1177"/>
        <source>Law that sets it:</source>
        <translation>Tiesību akts, kas to nosaka:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1196"/>
        <source>Afterwards the data is:</source>
        <translation>Pēc tam dati tiek:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1241"/>
        <source>Term starts:</source>
        <translation>Termiņa sākums:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1258"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1256"/>
        <source>&amp;Measure:</source>
        <translation>Pasāku&amp;ms:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="299"/>
        <source>dd/mm/yyyy</source>
        <translation>dd.mm.gggg.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="328"/>
        <source>dd/MM/yyyy</source>
        <translation>dd.MM.yyyy.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="308"/>
        <source>Pick the date from a calendar (Alt+↓)</source>
        <translation>Izvēlēties dienu kalendārā (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="352"/>
        <source>Type the date as %1, or pick it with “…”.</source>
        <translation>Ierakstiet datumu formā %1 vai izvēlieties to ar “…”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="369"/>
        <source>This is not a date, so it is not saved yet: type it as %1, or pick it with “…”.</source>
        <translation>Tas nav datums, tāpēc tas vēl nav saglabāts: ierakstiet to formā %1 vai izvēlieties ar “…”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="576"/>
        <source>Untick all</source>
        <translation>Noņemt visas atzīmes</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="578"/>
        <source>Tick all</source>
        <translation>Atzīmēt visus</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="763"/>
        <source>No text in %1 yet</source>
        <translation>Trūkst tulkojuma %1 valodā</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="451"/>
        <source>Who they are:</source>
        <translation>Kas viņi ir:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="648"/>
        <source>What the consent covers:</source>
        <translation>Uz ko attiecas piekrišana:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="650"/>
        <source>e.g. cookies that the website does not need to work</source>
        <translation>piem., sīkdatnes, kas tīmekļvietnes darbībai nav nepieciešamas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="671"/>
        <source>The printed consent form collects this consent</source>
        <translation>Šo piekrišanu saņem ar izdrukātu piekrišanas veidlapu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="677"/>
        <source>Direct marketing (offers and news sent to the person)</source>
        <translation>Tiešā tirgvedība (personai sūta piedāvājumus un jaunumus)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="495"/>
        <source>Tick all</source>
        <comment>undo</comment>
        <translation>visu atzīmēšanu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="497"/>
        <source>Untick all</source>
        <comment>undo</comment>
        <translation>visu atzīmju noņemšanu</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="197"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="199"/>
        <source>&amp;Letters…</source>
        <translation>&amp;Vēstules…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="446"/>
        <source>Delete the entry</source>
        <translation>Dzēst ierakstu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="447"/>
        <source>Delete entry %1 from the log? Its personal data is deleted with it. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>Dzēst ierakstu %1 no žurnāla? Kopā ar to tiks dzēsti tajā esošie personas dati. Atjaunot to var ar Labot › Atsaukt (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="497"/>
        <source>The letter could not be created</source>
        <translation>Vēstuli neizdevās sagatavot</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="537"/>
        <source>Save the letter as PDF</source>
        <translation>Saglabāt vēstuli PDF formātā</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="539"/>
        <source>PDF documents</source>
        <translation>PDF dokumenti</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="551"/>
        <source>The PDF could not be saved</source>
        <translation>PDF neizdevās saglabāt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="556"/>
        <source>Saved %1</source>
        <translation>Saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="31"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="35"/>
        <source>%1 left</source>
        <translation>vēl %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="36"/>
        <source>%1 overdue</source>
        <translation>nokavēts par %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="65"/>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="24"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="67"/>
        <source>72-hour deadline</source>
        <translation>72 stundu termiņš</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="68"/>
        <source>Time left</source>
        <translation>Atlikušais laiks</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="69"/>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="85"/>
        <source>&amp;New breach</source>
        <translation>&amp;Jauns pārkāpums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="88"/>
        <source>No breaches are logged yet. As soon as the company becomes aware of one, add it here with “New breach”: the 72 hours run from that moment.</source>
        <translation>Žurnālā vēl nav neviena pārkāpuma. Tiklīdz uzņēmumam kļūst zināms par pārkāpumu, pievienojiet to šeit ar pogu “Jauns pārkāpums”: 72 stundu termiņš sākas šajā brīdī.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="113"/>
        <source>known</source>
        <translation>zināms</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="66"/>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="114"/>
        <source>Became aware at</source>
        <translation>Uzzināts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="116"/>
        <source>Notify the Inspectorate by</source>
        <translation>Jāpaziņo DVI līdz</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="117"/>
        <source>told us at</source>
        <translation>paziņoja</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="118"/>
        <source>Processor</source>
        <translation>Apstrādātājs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="120"/>
        <source>What happened</source>
        <translation>Kas noticis</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="122"/>
        <source>People concerned</source>
        <translation>Skartās personas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="124"/>
        <source>About how many people</source>
        <translation>Aptuvenais personu skaits</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="126"/>
        <source>Data concerned</source>
        <translation>Skartie dati</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="128"/>
        <source>About how many records</source>
        <translation>Aptuvenais ierakstu skaits</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="133"/>
        <source>Likely consequences</source>
        <translation>Iespējamās sekas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="135"/>
        <source>Measures taken and proposed</source>
        <translation>Veiktie un plānotie pasākumi</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="136"/>
        <source>Not yet assessed</source>
        <translation>Vēl nav novērtēts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="138"/>
        <source>Risk to people</source>
        <translation>Risks personām</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="139"/>
        <source>notified at</source>
        <translation>paziņots</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="140"/>
        <source>Data State Inspectorate</source>
        <translation>Datu valsts inspekcija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="144"/>
        <source>If the Inspectorate is notified later than 72 hours: why (Art. 33(1))</source>
        <translation>Ja DVI paziņots vēlāk nekā pēc 72 stundām: kāpēc (33. panta 1. punkts)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="146"/>
        <source>Reasons for the delay</source>
        <translation>Kavēšanās iemesli</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="147"/>
        <source>informed at</source>
        <translation>paziņots</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="148"/>
        <source>Communication to the people concerned</source>
        <translation>Paziņošana skartajām personām</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="151"/>
        <source>Why neither the Inspectorate nor the people concerned are told</source>
        <translation>Kāpēc nepaziņo ne DVI, ne skartajām personām</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="153"/>
        <source>Decision not to notify</source>
        <translation>Lēmums nepaziņot</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="169"/>
        <source>not known</source>
        <translation>nav zināms</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="43"/>
        <source>Requests</source>
        <translation>Pieprasījumi</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="44"/>
        <source>Breaches</source>
        <translation>Pārkāpumi</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="68"/>
        <source>Years an entry is kept after it is answered or closed (then it is erased):</source>
        <translation>Cik gadus glabāt ierakstu pēc atbildes vai slēgšanas (pēc tam to dzēš):</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="109"/>
        <source>Request %1 (%2): answer due %3, %4</source>
        <translation>Pieprasījums %1 (%2): jāatbild līdz %3, %4</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="117"/>
        <source>Breach %1: %2; 72-hour deadline %3</source>
        <translation>Pārkāpums %1: %2; 72 stundu termiņš – %3</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="150"/>
        <source>Req&amp;uests and breaches</source>
        <translation>Ž&amp;urnāli</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="151"/>
        <source>&amp;Requests…</source>
        <translation>&amp;Pieprasījumi…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="154"/>
        <source>&amp;Breaches…</source>
        <translation>Pā&amp;rkāpumi…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="192"/>
        <source>Log entries erased at the end of their retention period: %1</source>
        <translation>Dzēsti žurnālu ieraksti, kuru glabāšanas termiņš beidzies: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="218"/>
        <source>Deadlines in the logs</source>
        <translation>Žurnālos tuvojas termiņi</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="219"/>
        <source>Awaiting action in the logs:</source>
        <translation>Rīcība vajadzīga šiem žurnālu ierakstiem:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="223"/>
        <source>Open the breach register</source>
        <translation>Atvērt pārkāpumu reģistru</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="222"/>
        <source>Open the requests log</source>
        <translation>Atvērt pieprasījumu žurnālu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="25"/>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="26"/>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="80"/>
        <source>Right</source>
        <translation>Tiesības</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="27"/>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="83"/>
        <source>Requester</source>
        <translation>Pieprasītājs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="28"/>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="104"/>
        <source>Answer due</source>
        <translation>Atbildes termiņš</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="29"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="46"/>
        <source>&amp;New request</source>
        <translation>&amp;Jauns pieprasījums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="49"/>
        <source>No requests are logged yet. When someone makes one, add it here with “New request”.</source>
        <translation>Žurnālā vēl nav neviena pieprasījuma. Kad kāds to iesniedz, pievienojiet to šeit ar pogu “Jauns pieprasījums”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="74"/>
        <source>Received on</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="77"/>
        <source>How it arrived</source>
        <translation>Kā saņemts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="85"/>
        <source>e-mail, phone or address for the answer</source>
        <translation>e-pasts, tālrunis vai adrese atbildei</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="87"/>
        <source>Contact</source>
        <translation>Kontaktinformācija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="93"/>
        <source>Use the register’s rule</source>
        <translation>Izmantot reģistra noteikumu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="178"/>
        <source>The register’s rule: %1</source>
        <translation>Reģistra noteikums: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="100"/>
        <source>How identity was checked</source>
        <translation>Kā pārbaudīta identitāte</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="107"/>
        <source>Person told of an extension on</source>
        <translation>Par pagarinājumu paziņots</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="111"/>
        <source>Once the date above is given: why the deadline is extended (Art. 12(3))</source>
        <translation>Kad augstāk norādīts datums: kāpēc termiņš pagarināts (12. panta 3. punkts)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="116"/>
        <source>Reasons for the extension</source>
        <translation>Pagarinājuma iemesli</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="119"/>
        <source>Answered on</source>
        <translation>Atbildēts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="122"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="125"/>
        <source>If the request is refused in whole or in part: why (Art. 12(4))</source>
        <translation>Ja pieprasījums noraidīts pilnībā vai daļēji: kāpēc (12. panta 4. punkts)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="128"/>
        <source>Reasons for the refusal</source>
        <translation>Atteikuma iemesli</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="131"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="172"/>
        <source>the person must be told of an extension by %1</source>
        <translation>par pagarinājumu jāpaziņo līdz %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="181"/>
        <source>The register has no identification rule for this channel.</source>
        <translation>Reģistrā nav identifikācijas noteikuma šim saziņas veidam.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="473"/>
        <source>Save as PDF (%1)…</source>
        <translation>Saglabāt PDF (%1)…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="475"/>
        <source>Print (%1)…</source>
        <translation>Drukāt (%1)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="631"/>
        <location filename="../ropa_desktop/ui/pages/review.py" line="84"/>
        <source>Checking the register…</source>
        <translation>Pārbauda reģistru…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="125"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atpakaļ</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="126"/>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Tālāk ▶</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="207"/>
        <source>&amp;New…</source>
        <translation>&amp;Jauns…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="210"/>
        <source>&amp;Open…</source>
        <translation>&amp;Atvērt…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="221"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Saglabāt kā…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="225"/>
        <source>Prepare a &amp;copy for the accountant…</source>
        <translation>Sagatavot &amp;kopiju grāmatvedim…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="229"/>
        <source>Prin&amp;t…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="233"/>
        <source>&amp;Import JSON…</source>
        <translation>I&amp;mportēt JSON…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="234"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Eksportēt JSON…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="238"/>
        <source>Restore from &amp;backup…</source>
        <translation>Atjaunot no &amp;rezerves kopijas…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="247"/>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="250"/>
        <source>&amp;Edit</source>
        <translation>&amp;Labot</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="252"/>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="255"/>
        <source>&amp;Redo</source>
        <translation>A&amp;tkārtot</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="265"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="266"/>
        <source>&amp;Language</source>
        <translation>&amp;Valoda</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="279"/>
        <source>Go to &amp;Review</source>
        <translation>Uz &amp;pārskatu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="282"/>
        <source>Go to &amp;Documents</source>
        <translation>Uz &amp;dokumentiem</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="288"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="290"/>
        <source>Open the ZĪMES &amp;example</source>
        <translation>Atvērt ZĪMES &amp;piemēru</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="294"/>
        <source>Open a &amp;complete example</source>
        <translation>Atvērt pilnīgu pie&amp;mēru</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="297"/>
        <source>&amp;About ROPA Desktop</source>
        <translation>P&amp;ar ROPA Desktop</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="317"/>
        <source>Undone: %1.</source>
        <translation>Jūs atsaucāt %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="319"/>
        <source>Redone: %1.</source>
        <translation>Jūs atkārtojāt %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="634"/>
        <source>Missing: %1 · suggestions: %2</source>
        <translation>Trūkstošās ziņas: %1 · ieteikumi: %2</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="640"/>
        <source>Nothing missing · suggestions: %1</source>
        <translation>Nekā netrūkst · ieteikumi: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="661"/>
        <source>(read-only)</source>
        <translation>(tikai lasīšanai)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="729"/>
        <source>“%1” was moved, renamed or deleted while it was open, so changes cannot be saved into it. Open it where it is now (File › Open), or keep what it held with File › Save As…</source>
        <translation>“%1” tika pārvietots, pārdēvēts vai izdzēsts, kamēr tas bija atvērts, tāpēc izmaiņas tajā nevar saglabāt. Atveriet to tur, kur tas ir tagad (Fails › Atvērt), vai saglabājiet tā saturu ar Fails › Saglabāt kā…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="783"/>
        <source>ROPA Desktop %1

The record of processing activities (Art. 30 GDPR), the privacy notice and the forms of a small company, kept offline in one file.</source>
        <translation>ROPA Desktop %1

Neliela uzņēmuma apstrādes darbību reģistrs (VDAR 30. pants), privātuma paziņojums un veidlapas – bezsaistē, vienā failā.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="339"/>
        <source>Save again</source>
        <translation>Saglabāt vēlreiz</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="242"/>
        <source>Erase a &amp;person’s data everywhere…</source>
        <translation>Dzēst personas datus &amp;visur…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="548"/>
        <source>…and %1 more (see Review).</source>
        <translation>…un vēl %1 (sk. pārskatu).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="555"/>
        <source>This step still lacks:</source>
        <translation>Šajā solī vēl trūkst:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="557"/>
        <source>Fill it in now, or press Next again to go on; you can come back at any time.</source>
        <translation>Aizpildiet to tagad vai vēlreiz nospiediet “Tālāk”, lai turpinātu; atgriezties varat jebkurā brīdī.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="622"/>
        <source>Complete</source>
        <translation>Aizpildīts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="623"/>
        <source>Incomplete</source>
        <translation>Daļēji aizpildīts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="624"/>
        <source>Empty</source>
        <translation>Nav aizpildīts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="645"/>
        <source>Nothing missing</source>
        <translation>Nekā netrūkst</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="648"/>
        <source>Record of processing activities</source>
        <translation>Apstrādes darbību reģistrs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="656"/>
        <source>Show the &amp;folder: %1</source>
        <translation>&amp;Parādīt mapi: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="355"/>
        <source>Saved at %1</source>
        <translation>Saglabāts %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="214"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Nesen atvērtie</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="760"/>
        <source>This file is open read-only: changes cannot be saved. To work on it, save your own copy with File › Save As…</source>
        <translation>Šis fails ir atvērts tikai lasīšanai: izmaiņas nevar saglabāt. Lai ar to strādātu, saglabājiet savu kopiju, izvēloties Fails › Saglabāt kā…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="338"/>
        <source>Read-only</source>
        <translation>Tikai lasīšanai</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="356"/>
        <source>Your last change is not saved yet</source>
        <translation>Pēdējās izmaiņas vēl nav saglabātas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="492"/>
        <source>Changed by someone else</source>
        <translation>Kāds cits jau veicis izmaiņas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="825"/>
        <location filename="../ropa_desktop/ui/editing.py" line="244"/>
        <location filename="../ropa_desktop/ui/editing.py" line="478"/>
        <source>The change could not be saved</source>
        <translation>Izmaiņas neizdevās saglabāt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="245"/>
        <source>Your last change could not be saved, as the file can no longer be written. Open “%1” anyway and lose that change?</source>
        <translation>Pēdējās izmaiņas neizdevās saglabāt, jo failā vairs nevar ierakstīt. Vai tomēr atvērt “%1” un tās zaudēt?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="305"/>
        <source>This is a backup copy: it is open read-only. File › Restore from backup brings it back in place of the register.</source>
        <translation>Šī ir rezerves kopija: tā ir atvērta tikai lasīšanai. Ar Fails › Atjaunot no rezerves kopijas to var atjaunot reģistra vietā.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="513"/>
        <source>The file is read-only</source>
        <translation>Failu var tikai lasīt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="601"/>
        <source>Change “%1”</source>
        <translation>“%1” izmaiņas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="636"/>
        <source>Change company details</source>
        <translation>uzņēmuma ziņu izmaiņas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="640"/>
        <source>Change document details</source>
        <translation>dokumentu ziņu izmaiņas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="652"/>
        <source>Change the register’s languages</source>
        <translation>reģistra valodu maiņu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="696"/>
        <source>Add “%1” and %2 more</source>
        <translation>“%1” un vēl %2 ierakstu pievienošanu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="702"/>
        <source>Add “%1” and “%2”</source>
        <translation>“%1” un “%2” pievienošanu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="707"/>
        <source>Add “%1”</source>
        <translation>“%1” pievienošanu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="728"/>
        <source>Delete “%1”</source>
        <translation>“%1” dzēšanu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="732"/>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>Izdzēsts: “%1”. Atsaukt var ar Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="836"/>
        <source>The file is available again; the window continues with it.</source>
        <translation>Fails atkal ir vietā; darbs ar to turpinās.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="840"/>
        <source>Another program put a new version of the file in its place; the window shows it.</source>
        <translation>Cita programma faila vietā ielika tā jaunu versiju; logā tagad redzama jaunā versija.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="854"/>
        <source>The file was moved or deleted</source>
        <translation>Fails tika pārvietots vai izdzēsts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="857"/>
        <source>The file cannot be reached</source>
        <translation>Fails nav pieejams</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="141"/>
        <source>The register could not be created</source>
        <translation>Reģistru neizdevās izveidot</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="267"/>
        <source>The file cannot be opened</source>
        <translation>Failu nevar atvērt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="354"/>
        <source>Opened %1</source>
        <translation>Atvērts %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="117"/>
        <source>New register</source>
        <translation>Jauns reģistrs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="41"/>
        <source>Register files</source>
        <translation>Reģistra faili</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="45"/>
        <source>JSON registers</source>
        <translation>JSON reģistri</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="71"/>
        <source>This file is already open. Choose another name.</source>
        <translation>Šis fails pašlaik ir atvērts. Izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="101"/>
        <source>The register used last is not there</source>
        <translation>Pēdējais izmantotais reģistrs nav atrodams</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="102"/>
        <source>“%1” is no longer in “%2” (perhaps a USB stick was taken out, or the file was moved). Open it from where it is now with File › Open, or choose another register.</source>
        <translation>“%1” vairs nav mapē “%2” (iespējams, izņemts USB zibatmiņas disks vai fails pārvietots). Atveriet to no vietas, kur tas ir tagad, ar Fails › Atvērt, vai izvēlieties citu reģistru.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="119"/>
        <location filename="../ropa_desktop/ui/file_actions.py" line="303"/>
        <source>register</source>
        <translation>reģistrs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="148"/>
        <source>Open a register</source>
        <translation>Atvērt reģistru</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="160"/>
        <source>“%1” is the register open now.</source>
        <translation>“%1” ir reģistrs, kas ir atvērts tagad.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="175"/>
        <source>(none yet)</source>
        <translation>(vēl nav)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="235"/>
        <location filename="../ropa_desktop/ui/file_actions.py" line="240"/>
        <location filename="../ropa_desktop/ui/file_actions.py" line="270"/>
        <source>Save a copy as</source>
        <translation>Saglabāt kopiju kā</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="247"/>
        <location filename="../ropa_desktop/ui/file_actions.py" line="337"/>
        <source>The copy could not be saved</source>
        <translation>Kopiju neizdevās saglabāt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="271"/>
        <source>“%1” holds entries of the requests log or the breach register that this register does not have (requests: %2, breaches: %3). A copy prepared for the accountant leaves them out. If you replace the file, they are removed from it; only the backup made of it first keeps them.

Replace “%1” anyway?</source>
        <translation>Failā “%1” ir pieprasījumu žurnāla vai pārkāpumu reģistra ieraksti, kuru nav šajā reģistrā (pieprasījumi: %2, pārkāpumi: %3). Grāmatvedim sagatavotajā kopijā tie netiek iekļauti. Ja failu aizstāsiet, tie no tā tiks izņemti un saglabāsies tikai faila rezerves kopijā.

Vai tomēr aizstāt “%1”?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="307"/>
        <source>Prepare a copy for the accountant</source>
        <translation>Sagatavot kopiju grāmatvedim</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="343"/>
        <source>The copy is ready: %1
It holds the register as it is now and nothing that was deleted before. Send this file to your accountant, who can open it with ROPA Desktop.</source>
        <translation>Kopija ir gatava: %1
Tajā ir reģistrs tā pašreizējā stāvoklī un nekas no iepriekš izdzēstā. Nosūtiet šo failu grāmatvedim – to var atvērt ar ROPA Desktop.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="358"/>
        <source>Import a JSON register</source>
        <translation>Importēt JSON reģistru</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="370"/>
        <source>Replace everything in this register with the content of “%1”? A backup of the register as it is now is made first.</source>
        <translation>Aizstāt visu šī reģistra saturu ar “%1” saturu? Vispirms tiks saglabāta reģistra pašreizējā stāvokļa rezerves kopija.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="415"/>
        <source>Erase a person’s data everywhere</source>
        <translation>Dzēst personas datus visur</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="419"/>
        <source>First delete or change every entry of the register that names the person. Then give the person’s name or e-mail address: it is removed from the register’s change log, and every automatic backup that still holds it is deleted.</source>
        <translation>Vispirms izdzēsiet vai izlabojiet visus reģistra ierakstus, kuros šī persona minēta. Tad ierakstiet personas vārdu, uzvārdu vai e-pasta adresi: tā tiks izņemta no reģistra izmaiņu žurnāla, un katra automātiskā rezerves kopija, kurā tā vēl ir, tiks izdzēsta.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="289"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopija)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="294"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopija %2)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="365"/>
        <source>The file cannot be imported</source>
        <translation>Failu nevar importēt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="390"/>
        <source>Export as JSON</source>
        <translation>Eksportēt JSON formātā</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="402"/>
        <source>The register could not be exported</source>
        <translation>Reģistru neizdevās eksportēt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="404"/>
        <source>Exported to %1</source>
        <translation>Eksportēts: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="439"/>
        <source>Nothing was erased</source>
        <translation>Nekas netika izdzēsts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="461"/>
        <source>The register was restored from the backup.</source>
        <translation>Reģistrs atjaunots no rezerves kopijas.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="467"/>
        <source>The backup could not be restored</source>
        <translation>Rezerves kopiju neizdevās atjaunot</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="206"/>
        <source>The example cannot be opened</source>
        <translation>Piemēru nevar atvērt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="782"/>
        <source>About ROPA Desktop</source>
        <translation>Par ROPA Desktop</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="794"/>
        <location filename="../ropa_desktop/ui/editing.py" line="832"/>
        <source>The file cannot be read</source>
        <translation>Failu nevar nolasīt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="801"/>
        <source>The file was changed by another program; the window shows the new content.</source>
        <translation>Failu mainīja cita programma; logā redzams jaunais saturs.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="826"/>
        <source>Your last change could not be saved. Close anyway and lose it?</source>
        <translation>Pēdējās izmaiņas neizdevās saglabāt. Vai tomēr aizvērt un tās zaudēt?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="324"/>
        <source>Include the requests log and the breach register in the copy? They hold personal data of the people who made requests or were affected by a breach; an accountant does not usually need them.</source>
        <translation>Vai kopijā iekļaut pieprasījumu žurnālu un pārkāpumu reģistru? Tajos ir to personu dati, kuras iesniegušas pieprasījumus vai kuras skāris pārkāpums; grāmatvedim tie parasti nav vajadzīgi.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="111"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="208"/>
        <source>The chosen category of data subjects</source>
        <translation>Izvēlētā datu subjektu kategorija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="209"/>
        <source>The chosen data category</source>
        <translation>Izvēlētā datu kategorija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="210"/>
        <source>The chosen purpose</source>
        <translation>Izvēlētais nolūks</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="211"/>
        <source>The chosen recipient</source>
        <translation>Izvēlētais saņēmējs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="212"/>
        <source>The chosen retention term</source>
        <translation>Izvēlētais glabāšanas termiņš</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="213"/>
        <source>The chosen measure</source>
        <translation>Izvēlētais pasākums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="229"/>
        <source>Add the purposes in step 3 first.</source>
        <translation>Vispirms pievienojiet nolūkus 3. solī.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="414"/>
        <source>The file is read-only, so this entry cannot be added to it.</source>
        <translation>Failu var tikai lasīt, tāpēc šo ierakstu tajā nevar pievienot.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="603"/>
        <source>“%1” is already in the list: give this one another name.</source>
        <translation>“%1” sarakstā jau ir: dodiet šim citu nosaukumu.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="610"/>
        <source>Type its name and say whether it is technical or organisational. It is then added to the list (Esc cancels).</source>
        <translation>Ierakstiet nosaukumu un norādiet, vai pasākums ir tehnisks vai organizatorisks. Tad tas tiks pievienots sarakstam (Esc – atcelt).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="624"/>
        <source>“%1” has no retention term yet, so it is ticked below.</source>
        <translation>Nolūkam “%1” vēl nav glabāšanas termiņa, tāpēc tas zemāk ir atzīmēts.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="628"/>
        <source>Type its name. It is added to the list when you move on from the name to another field (Esc cancels). To add several at once, paste a list of names, one per line.</source>
        <translation>Ierakstiet nosaukumu. Kad no nosaukuma pāriesiet uz citu lauku, ieraksts tiks pievienots sarakstam (Esc – atcelt). Lai pievienotu vairākus uzreiz, ielīmējiet nosaukumu sarakstu – katru savā rindā.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="706"/>
        <source>The pasted text has %1 lines: a list adds at most %2 names at a time.</source>
        <translation>Ielīmētajā tekstā rindu: %1, bet no saraksta vienā reizē var pievienot ne vairāk kā %2 nosaukumus.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="735"/>
        <source>The catalogue has purposes with these names: %1. Their legal bases and usual data, as the catalogue has them, are ticked: check that they fit what the company does.</source>
        <translation>Katalogā ir nolūki ar šādiem nosaukumiem: %1. To juridiskie pamati un parastie dati, kā tie ir katalogā, ir atzīmēti: pārbaudiet, vai tie atbilst uzņēmuma darbībai.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="742"/>
        <source>%1: the data that nearly every purpose concerning “%2” uses is ticked. Untick what a purpose does not use.</source>
        <translation>%1: atzīmēti dati, ko izmanto gandrīz katrs nolūks, kas attiecas uz datu subjektu kategoriju “%2”. Noņemiet atzīmi tiem, ko nolūks neizmanto.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="752"/>
        <source>Added from the pasted list: %1.</source>
        <translation>No ielīmētā saraksta pievienoti: %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="755"/>
        <source>Edit › Undo takes both out again.</source>
        <translation>Abus var noņemt ar Labot › Atsaukt.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="757"/>
        <source>Edit › Undo takes them all out again.</source>
        <translation>Visus tos var noņemt ar Labot › Atsaukt.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="767"/>
        <source>Of each row, only its first column is taken as a name.</source>
        <translation>No katras rindas par nosaukumu ņemta tikai pirmā kolonna.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="851"/>
        <source>The data that nearly every purpose concerning “%1” uses is ticked below. Untick what this purpose does not use.</source>
        <translation>Zemāk atzīmēti dati, ko izmanto gandrīz katrs nolūks, kas attiecas uz datu subjektu kategoriju “%1”. Noņemiet atzīmi tiem, ko šis nolūks neizmanto.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="971"/>
        <source>%1 … (%2 in all)</source>
        <translation>%1 … (kopā %2)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="861"/>
        <source>The catalogue has a purpose of this name: its legal basis and usual data are ticked below. Check that they fit what the company does.</source>
        <translation>Katalogā ir nolūks ar šādu nosaukumu: zemāk atzīmēti tā juridiskais pamats un parastie dati. Pārbaudiet, vai tie atbilst uzņēmuma darbībai.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="867"/>
        <source>The catalogue has a purpose of this name: its legal basis is ticked below. Check that it fits what the company does.</source>
        <translation>Katalogā ir nolūks ar šādu nosaukumu: zemāk atzīmēts tā juridiskais pamats. Pārbaudiet, vai tas atbilst uzņēmuma darbībai.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="873"/>
        <source>The catalogue has a purpose of this name: its usual data is ticked below. Check that it fits what the company does.</source>
        <translation>Katalogā ir nolūks ar šādu nosaukumu: zemāk atzīmēti tā parastie dati. Pārbaudiet, vai tie atbilst uzņēmuma darbībai.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="761"/>
        <source>Already in the list, so left out: %1.</source>
        <translation>Jau ir sarakstā, tāpēc izlaisti: %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="219"/>
        <source>New category of data subjects</source>
        <translation>Jauna datu subjektu kategorija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="220"/>
        <source>New data category</source>
        <translation>Jauna datu kategorija</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="221"/>
        <source>New purpose</source>
        <translation>Jauns nolūks</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="222"/>
        <source>New recipient</source>
        <translation>Jauns saņēmējs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="223"/>
        <source>New retention term</source>
        <translation>Jauns glabāšanas termiņš</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="224"/>
        <source>New security measure</source>
        <translation>Jauns drošības pasākums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="616"/>
        <source>Say how long the data is kept: a fixed period, or until when. The term is added to the list when you move on to the fields below (Esc cancels).</source>
        <translation>Norādiet, cik ilgi datus glabā: noteiktu laikposmu vai līdz kuram brīdim. Kad pāriesiet uz nākamajiem laukiem, termiņš tiks pievienots sarakstam (Esc – atcelt).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="101"/>
        <source>The controller</source>
        <translation>Pārzinis</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="104"/>
        <source>Company &amp;name:</source>
        <translation>Uzņēmuma &amp;nosaukums:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="105"/>
        <source>Registration number:</source>
        <translation>Reģistrācijas numurs:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="106"/>
        <source>Legal address:</source>
        <translation>Juridiskā adrese:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="107"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="130"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="137"/>
        <source>E-mail:</source>
        <translation>E-pasts:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="108"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="131"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="138"/>
        <source>Phone:</source>
        <translation>Tālrunis:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="58"/>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="109"/>
        <source>From the &amp;catalogue…</source>
        <translation>No &amp;kataloga…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="110"/>
        <source>&amp;Add your own…</source>
        <translation>P&amp;ievienot savu…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="231"/>
        <source>Nothing here yet. Choose ready-made entries with “From the catalogue…” or add your own.</source>
        <translation>Šeit vēl nekā nav. Izvēlieties gatavus ierakstus ar “No kataloga…” vai pievienojiet savus.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="234"/>
        <source>Nothing here yet. Add one with “Add your own…”.</source>
        <translation>Šeit vēl nekā nav. Pievienojiet ierakstu ar “Pievienot savu…”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="109"/>
        <source>Website:</source>
        <translation>Tīmekļvietne:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="113"/>
        <source>Where data is processed:</source>
        <translation>Kur dati tiek apstrādāti:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="114"/>
        <source>e.g. Republic of Latvia</source>
        <translation>piem., Latvijas Republika</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="119"/>
        <source>Who handles data protection in the company</source>
        <translation>Kas uzņēmumā atbild par datu aizsardzību</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="122"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="136"/>
        <source>Name:</source>
        <translation>Vārds, uzvārds:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="126"/>
        <source>Position:</source>
        <translation>Amats:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="127"/>
        <source>e.g. administrator</source>
        <translation>piem., administrators</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="143"/>
        <source>The company has appointed a data protection &amp;officer (DPO, Art. 37)</source>
        <translation>Uzņēmums ir iecēlis datu aizsardzības spe&amp;ciālistu (DAS, 37. pants)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="144"/>
        <source>Data protection officer</source>
        <translation>Datu aizsardzības speciālists</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="150"/>
        <source>The company is established outside the EU and has a &amp;representative in the EU (Art. 27)</source>
        <translation>Uzņēmumam nav uzņēmējdarbības vietas ES, un tam ir pā&amp;rstāvis ES (27. pants)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="153"/>
        <source>Representative in the EU</source>
        <translation>Pārziņa pārstāvis ES</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="156"/>
        <source>Address:</source>
        <translation>Adrese:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="23"/>
        <source>How the person is identified before an answer is given</source>
        <translation>Kā personu identificē, pirms tiek sniegta atbilde</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="29"/>
        <source>e.g. no personal data is given by phone; the person is asked to write</source>
        <translation>piem., pa tālruni personas dati netiek izpausti; personu lūdz rakstīt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="32"/>
        <source>e.g. only from the e-mail address already known to the company</source>
        <translation>piem., tikai no e-pasta adreses, kas uzņēmumam jau ir zināma</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="35"/>
        <source>e.g. with a passport or identity card</source>
        <translation>piem., uzrādot pasi vai personas apliecību</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="36"/>
        <source>e.g. a signed request; the answer goes to the known address</source>
        <translation>piem., parakstīts iesniegums; atbildi sūta uz zināmo adresi</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="37"/>
        <source>e.g. signed with an e-signature (eParaksts)</source>
        <translation>piem., parakstīts ar e-parakstu (eParaksts)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="53"/>
        <source>Leave a channel empty if the company does not accept requests that way.</source>
        <translation>Atstājiet lauku tukšu, ja uzņēmums šādā veidā pieprasījumus nepieņem.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="41"/>
        <source>What is missing</source>
        <translation>Trūkstošās ziņas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="42"/>
        <source>Article</source>
        <translation>Pants</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="58"/>
        <source>F&amp;ix the chosen item</source>
        <translation>La&amp;bot izvēlēto</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="87"/>
        <source>Nothing is missing: the register has everything the law asks for.</source>
        <translation>Nekā netrūkst: reģistrā ir viss, ko prasa likums.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="91"/>
        <source>Missing: %1 · suggestions: %2. Double-click an item or press Enter to fix it.</source>
        <translation>Trūkst: %1 · Ieteikumi: %2. Lai labotu, veiciet dubultklikšķi uz ieraksta vai nospiediet Enter.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="113"/>
        <source>Missing translations into %1</source>
        <translation>Trūkst tulkojumu %1 valodā</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="142"/>
        <source>Suggestion</source>
        <translation>Ieteikums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="141"/>
        <source>Missing</source>
        <translation>Trūkst</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="143"/>
        <source>Fix</source>
        <translation>Labot</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="144"/>
        <location filename="../ropa_desktop/ui/pages/review.py" line="184"/>
        <source>What to do: %1</source>
        <translation>Kas jādara: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="61"/>
        <source>DPIA &amp;screening…</source>
        <translation>Vai vajadzīgs i&amp;etekmes novērtējums…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="74"/>
        <source>Answer for several purposes at once whether an impact assessment is needed (Art. 35)</source>
        <translation>Atbildēt uzreiz par vairākiem nolūkiem, vai ir nepieciešams novērtējums par ietekmi uz datu aizsardzību (35. pants)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="78"/>
        <source>Add a purpose first: there is nothing to answer for yet</source>
        <translation>Vispirms pievienojiet nolūku: pagaidām nav, par ko atbildēt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="137"/>
        <source>Add “%1” from the catalogue in one click</source>
        <translation>Ar vienu klikšķi pievienot “%1” no kataloga</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="199"/>
        <source>+ &amp;Mozello SIA</source>
        <translation>+ &amp;Mozello SIA</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="201"/>
        <source>Add Mozello SIA, the platform behind the website and online shop, in one click</source>
        <translation>Ar vienu klikšķi pievienot Mozello SIA – tīmekļvietnes un internetveikala platformu</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="27"/>
        <source>Languages of the register</source>
        <translation>Reģistra valodas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="34"/>
        <source>Main language:</source>
        <translation>Galvenā valoda:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="43"/>
        <source>Also kept in:</source>
        <translation>Arī šajās valodās:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="45"/>
        <source>Every text is typed in each of these languages, and the documents can be printed in each. A text not yet translated prints in the main language.</source>
        <translation>Katru tekstu ieraksta katrā no šīm valodām, un dokumentus var izdrukāt katrā no tām. Vēl netulkots teksts tiek izdrukāts galvenajā valodā.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="65"/>
        <source>DPIA screening</source>
        <translation>Vai nepieciešams ietekmes novērtējums</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="68"/>
        <source>Answer for the ticked purposes whether a data protection impact assessment is needed (Art. 35). The purposes where the check finds no sign of high risk are ticked; each of the others says why it should be assessed on its own.</source>
        <translation>Atbildiet par atzīmētajiem nolūkiem, vai ir nepieciešams novērtējums par ietekmi uz datu aizsardzību (35. pants). Atzīmēti ir tie nolūki, kuros pārbaude nesaskata augsta riska pazīmju; pie katra no pārējiem norādīts, kāpēc tas jāizvērtē atsevišķi.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="83"/>
        <source>Current answer</source>
        <translation>Pašreizējā atbilde</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="108"/>
        <source>Assess it on its own: it %1.</source>
        <translation>Izvērtējiet atsevišķi: šajā nolūkā %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="136"/>
        <source>&amp;Answer for the ticked purposes:</source>
        <translation>&amp;Atbilde atzīmētajiem nolūkiem:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="148"/>
        <source>&amp;Why:</source>
        <translation>&amp;Kāpēc:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="154"/>
        <source>If left empty, each purpose keeps its own reason (the catalogue’s “Assess: …” note is removed).</source>
        <translation>Ja lauks paliek tukšs, katram nolūkam saglabājas tā pamatojums (kataloga piezīme “Izvērtējiet: …” tiek dzēsta).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="180"/>
        <source>Purposes ticked: %1</source>
        <translation>Atzīmēti nolūki: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="204"/>
        <source>DPIA screening of “%1”</source>
        <comment>undo</comment>
        <translation>ietekmes novērtējuma atbildi nolūkam “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="205"/>
        <source>DPIA screening of %n purposes</source>
        <comment>undo</comment>
        <translation>
            <numerusform>ietekmes novērtējuma atbildes %n nolūkam</numerusform>
            <numerusform>ietekmes novērtējuma atbildes %n nolūkiem</numerusform>
            <numerusform>ietekmes novērtējuma atbildes %n nolūkiem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="60"/>
        <source>Categories of data subjects</source>
        <translation>Datu subjektu kategorijas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="61"/>
        <source>Data categories</source>
        <translation>Datu kategorijas</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="62"/>
        <source>Recipients</source>
        <translation>Saņēmēji</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="63"/>
        <source>Retention terms</source>
        <translation>Glabāšanas termiņi</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="64"/>
        <source>Purposes</source>
        <translation>Nolūki</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="65"/>
        <source>Security measures</source>
        <translation>Drošības pasākumi</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="66"/>
        <source>Identification per channel</source>
        <translation>Identifikācija katram saziņas veidam</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="84"/>
        <source>Entry</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="85"/>
        <source>What it is for</source>
        <translation>Kam tas paredzēts</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="179"/>
        <source>%1 (already in the register)</source>
        <translation>%1 (jau ir reģistrā)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="230"/>
        <source>From the catalogue: %1</source>
        <translation>No kataloga: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="243"/>
        <source>Search…</source>
        <translation>Meklēt…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="271"/>
        <source>Nothing found in the catalogue – add your own entry instead.</source>
        <translation>Katalogā nekas nav atrasts – pievienojiet savu ierakstu.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="394"/>
        <source>%1 – tick the one you use</source>
        <translation>%1 – atzīmējiet to, ko izmantojat</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="425"/>
        <source>Add &amp;only the purposes</source>
        <translation>&amp;Tikai nolūkus</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="476"/>
        <source>Nothing found in the catalogue – add your own in step %1, “%2”.</source>
        <translation>Katalogā nekas nav atrasts – pievienojiet savu ierakstu %1. solī “%2”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="274"/>
        <source>Add your &amp;own…</source>
        <translation>Pievienot &amp;savu…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="234"/>
        <source>Tick what applies to your company, or double-click an entry to add it straight away; you can change the texts afterwards. Entries come with their texts in each of the register’s languages.</source>
        <translation>Atzīmējiet to, kas attiecas uz jūsu uzņēmumu, vai veiciet dubultklikšķi uz ieraksta, lai to pievienotu uzreiz; tekstus pēc tam varēsiet mainīt. Ieraksti tiek pievienoti ar tekstiem visās reģistra valodās.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="281"/>
        <source>Tick &amp;all shown</source>
        <translation>Atzīmēt &amp;visus redzamos</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="289"/>
        <source>&amp;Add ticked entries</source>
        <translation>&amp;Pievienot atzīmētos</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="318"/>
        <source>Ticked: %1</source>
        <translation>Atzīmēti: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="368"/>
        <source>Add what usually goes with these purposes?</source>
        <translation>Vai pievienot to, kas parasti saistīts ar šiem nolūkiem?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="371"/>
        <source>These purposes usually need the entries below. What nearly every company has is ticked; tick what else applies and untick what does not. The ticked entries are added and linked to the purposes; what the register has already is linked too.</source>
        <translation>Šiem nolūkiem parasti vajadzīgi tālāk norādītie ieraksti. Atzīmēts ir tas, kas ir gandrīz katram uzņēmumam; atzīmējiet arī to, kas vēl attiecas uz jums, un noņemiet atzīmi tam, kas neattiecas. Atzīmētos ierakstus pievienos un sasaistīs ar nolūkiem; ar tiem sasaistīs arī to, kas reģistrā jau ir.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="422"/>
        <source>&amp;Add and link</source>
        <translation>&amp;Pievienot un sasaistīt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="507"/>
        <location filename="../ropa_desktop/ui/picker.py" line="576"/>
        <source>Add from the catalogue</source>
        <translation>pievienošanu no kataloga</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="69"/>
        <source>Printing</source>
        <translation>Drukāšana</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="70"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="141"/>
        <source>Sending the document to the printer…</source>
        <translation>Sūta dokumentu uz printeri…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="193"/>
        <source>Printing page %1 of %2…</source>
        <translation>Drukā %1. lappusi no %2…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="244"/>
        <source>The document could not be printed.</source>
        <translation>Dokumentu neizdevās izdrukāt.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ropa_desktop/ui/i18n.py" line="21"/>
        <source>&amp;Look in:</source>
        <translation>Skatīt &amp;mapē:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/i18n.py" line="22"/>
        <source>Files of &amp;type:</source>
        <translation>Datņu &amp;tips:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="78"/>
        <source>Welcome to ROPA Desktop</source>
        <translation>Laipni lūdzam ROPA Desktop</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="85"/>
        <source>Here you keep your company’s record of processing activities (GDPR Article 30) in one file, and print from it the privacy notices and forms the company needs. How would you like to begin?</source>
        <translation>Šeit jūs glabājat uzņēmuma apstrādes darbību reģistru (VDAR 30. pants) vienā failā un izdrukājat no tā uzņēmumam vajadzīgos privātuma paziņojumus un veidlapas. Ar ko vēlaties sākt?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="96"/>
        <source>Create a new register</source>
        <translation>Izveidot jaunu reģistru</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="97"/>
        <source>Start from an empty register. You choose where the file is kept; we suggest %1.</source>
        <translation>Sāciet ar tukšu reģistru. Jūs izvēlaties, kur glabāt failu; iesakām mapi %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="103"/>
        <source>Open a register</source>
        <translation>Atvērt reģistru</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="104"/>
        <source>A register file (.ropa) that your company already keeps.</source>
        <translation>Reģistra fails (.ropa), kas jūsu uzņēmumā jau ir izveidots.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="113"/>
        <source>Recently opened</source>
        <translation>Nesen atvērtie</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="128"/>
        <source>Examples to explore</source>
        <translation>Piemēri, ko apskatīt</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="132"/>
        <source>The ZĪMES example</source>
        <translation>ZĪMES piemērs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="133"/>
        <source>SIA “ZĪMES” as first described, with the gaps that the Review step points out.</source>
        <translation>SIA “ZĪMES” reģistrs, kāds tas ir pēc pirmā apraksta, ar trūkumiem, kurus norāda solis “Pārskats”.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="140"/>
        <source>A complete example</source>
        <translation>Pilnīgs piemērs</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="141"/>
        <source>A small bakery with an online shop: a finished register with nothing missing, in Latvian and English.</source>
        <translation>Neliela maiznīca ar internetveikalu: pabeigts reģistrs, kurā nekā netrūkst, latviešu un angļu valodā.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="154"/>
        <source>An example opens as a copy: what you change there does not change the example.</source>
        <translation>Piemērs atveras kā kopija: tajā veiktās izmaiņas pašu piemēru nemaina.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="45"/>
        <source>Whose personal data does the company process? List the categories of data subjects (Art. 30(1)(c)). Example: ZĪMES has one category, its customers: anyone interested in its goods and services.</source>
        <translation>Kuru personu datus uzņēmums apstrādā? Uzskaitiet datu subjektu kategorijas (30. panta 1. punkta c) apakšpunkts). Piemērs: ZĪMES ir viena kategorija – klienti, t. i., ikviens, kas interesējas par tās precēm un pakalpojumiem.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="39"/>
        <source>The register starts with who is responsible for the data: your company as the controller, its contact details and the person who looks after data protection (Art. 30(1)(a) GDPR). Example: SIA “ZĪMES”, where the administrator answers questions about personal data.</source>
        <translation>Reģistrs sākas ar to, kas atbild par datiem: jūsu uzņēmums kā pārzinis, tā kontaktinformācija un persona, kas uzņēmumā rūpējas par datu aizsardzību (VDAR 30. panta 1. punkta a) apakšpunkts). Piemērs: SIA “ZĪMES”, kur uz jautājumiem par personas datiem atbild administrators.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="51"/>
        <source>For each purpose for which the company uses personal data, a legal basis is needed (Art. 6 GDPR), and people must be told whether they have to provide the data (Art. 13(2)(e)). Example: “Provision of services” rests on the performance of a contract, “Sending commercial communications” on consent.</source>
        <translation>Katram nolūkam, kādēļ uzņēmums izmanto personas datus, vajadzīgs juridiskais pamats (VDAR 6. pants), un personas jāinformē, vai tām dati ir jāsniedz (13. panta 2. punkta e) apakšpunkts). Piemērs: nolūkam “Pakalpojumu nodrošināšana” pamats ir līguma izpilde, nolūkam “Komerciālu paziņojumu sūtīšana” – piekrišana.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="57"/>
        <source>Name the kinds of personal data the company keeps and tick the purposes that use each one (Art. 30(1)(c)). Example: ZĪMES keeps the customer’s name and contact details and, for invoices, the personal identity number.</source>
        <translation>Nosauciet, kādus personas datus uzņēmums glabā, un atzīmējiet, kuriem nolūkiem katru no tiem izmanto (30. panta 1. punkta c) apakšpunkts). Piemērs: ZĪMES glabā klienta vārdu, uzvārdu un kontaktinformāciju, bet rēķiniem – arī personas kodu.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="63"/>
        <source>For each purpose, say where the data comes from and how it is obtained (Art. 14, Art. 30). A new purpose starts with “From the data subject”. Example: the customer fills in the order form in the ZĪMES online shop.</source>
        <translation>Katram nolūkam norādiet, no kurienes dati nāk un kā tos iegūst (14. un 30. pants). Jaunam nolūkam sākumā atzīmēts “No paša datu subjekta”. Piemērs: klients aizpilda pasūtījuma formu ZĪMES internetveikalā.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="69"/>
        <source>List who receives the data. A processor working for you needs a data processing agreement (Art. 28); a transfer outside the EU/EEA needs a safeguard (Arts 44–49). Example: Mozello SIA runs the ZĪMES website and shop.</source>
        <translation>Uzskaitiet, kas saņem datus. Ar apstrādātāju, kas strādā jūsu uzdevumā, jānoslēdz datu apstrādes līgums (28. pants); nosūtīšanai ārpus ES/EEZ vajadzīgas atbilstošas garantijas (44.–49. pants). Piemērs: Mozello SIA uztur ZĪMES tīmekļvietni un internetveikalu.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="75"/>
        <source>Say how long the data is kept and what happens to it then (Art. 30(1)(f)). Example: ZĪMES keeps contract data until the contractual relationship ends.</source>
        <translation>Norādiet, cik ilgi datus glabā un kas ar tiem notiek pēc tam (30. panta 1. punkta f) apakšpunkts). Piemērs: ZĪMES līguma datus glabā līdz līguma attiecību izbeigšanai.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="80"/>
        <source>Describe the technical and organisational measures that protect the data (Art. 32). Example: computers locked with a password, customer data accessible only to the staff who need it.</source>
        <translation>Aprakstiet tehniskos un organizatoriskos pasākumus, kas aizsargā datus (32. pants). Piemērs: datori aizsargāti ar paroli, klientu dati pieejami tikai tiem darbiniekiem, kuriem tie vajadzīgi.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="85"/>
        <source>People may ask to see, correct or erase their data, and the company must first make sure who is asking (Art. 12(6)). Describe how you identify a person for each channel. Example: an e-mail request is answered only to the address already known to ZĪMES.</source>
        <translation>Personas var lūgt parādīt, labot vai dzēst savus datus, un uzņēmumam vispirms jāpārliecinās, kas ir pieprasītājs (12. panta 6. punkts). Aprakstiet, kā identificējat personu katram saziņas veidam. Piemērs: uz e-pasta pieprasījumu atbild tikai uz adresi, kas ZĪMES jau ir zināma.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="91"/>
        <source>Here is what the register still lacks. “Missing” marks what the law requires, “Suggestion” good practice. Click “Fix” to open the place where it is filled in.</source>
        <translation>Šeit redzams, kādu ziņu reģistrā vēl trūkst. “Trūkst” apzīmē to, ko prasa likums, “Ieteikums” – labu praksi. Noklikšķiniet uz “Labot”, lai atvērtu vietu, kur to aizpildīt.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="96"/>
        <source>The documents are made from the register, in the language you choose: the internal procedure, the record of processing activities (Art. 30), a privacy notice for each group of people the register names (customers, employees, …), a consent form and a request form. Check the preview, then print the document or save it as PDF.</source>
        <translation>Dokumentus sagatavo no reģistra jūsu izvēlētajā valodā: iekšējā procedūra, apstrādes darbību reģistrs (30. pants), privātuma paziņojums katrai reģistrā norādītajai personu grupai (klientiem, darbiniekiem u. c.), piekrišanas veidlapa un pieprasījuma veidlapa. Pārbaudiet priekšskatījumu, tad izdrukājiet dokumentu vai saglabājiet to PDF formātā.</translation>
    </message>
</context>
</TS>
