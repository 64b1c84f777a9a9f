<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Backups</name>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="13"/>
        <source>before the file was updated to a new version</source>
        <translation>перед обновлением файла до новой версии</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="15"/>
        <source>the first opening of the day</source>
        <translation>первое открытие за день</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="16"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="17"/>
        <source>before a JSON import</source>
        <translation>перед импортом JSON</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="18"/>
        <source>the damaged file, as it was</source>
        <translation>повреждённый файл в исходном виде</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="19"/>
        <source>before an interrupted save was undone</source>
        <translation>до отмены прерванного сохранения</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="20"/>
        <source>before another register was saved in its place</source>
        <translation>перед тем как на его место был сохранён другой реестр</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="21"/>
        <source>the file that was replaced, as it was</source>
        <translation>заменённый файл в прежнем виде</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="22"/>
        <source>after a person’s data was erased</source>
        <translation>после удаления данных человека</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="34"/>
        <source>Automatic copies of “%1”, newest first. The chosen copy replaces the register’s content; what is there now is kept as another copy, so this too can be undone.</source>
        <translation>Автоматические копии «%1», сначала самые новые. Выбранная копия заменит содержимое реестра; то, что в нём сейчас, сохранится как ещё одна копия, так что и это можно будет отменить.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="31"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="45"/>
        <source>%1 – %2 (%3 KB)</source>
        <translation>%1 — %2 (%3 КБ)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="58"/>
        <source>There are no copies of this register yet.</source>
        <translation>Копий этого реестра пока нет.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/backups.py" line="63"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="121"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="123"/>
        <source>Who belongs to it</source>
        <translation>Кто к ней относится</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="83"/>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="146"/>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="175"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="147"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="157"/>
        <source>Data category</source>
        <translation>Категория данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="159"/>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="232"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="162"/>
        <source>Used for</source>
        <translation>Используется для</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="176"/>
        <source>Where the data comes from</source>
        <translation>Откуда данные</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="187"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="188"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="190"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="213"/>
        <source>For the purposes</source>
        <translation>Для целей</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="216"/>
        <source>How long</source>
        <translation>Как долго</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="231"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="112"/>
        <source>A privacy notice is listed here for each group of people named in step 2: customers, employees, job applicants, business partners.</source>
        <translation>Здесь появится уведомление о конфиденциальности для каждой группы лиц, указанной на шаге 2: клиентов, работников, кандидатов на работу, деловых партнёров.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="120"/>
        <source>The consent form appears here once a purpose resting on consent collects it on paper: in step 3, tick “The printed consent form collects this consent” for that purpose.</source>
        <translation>Бланк согласия появится здесь, когда согласие на какую-либо цель будет собираться на бумаге: на шаге 3 отметьте для этой цели «Это согласие собирается печатной формой согласия».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="130"/>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="148"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="149"/>
        <source>&amp;Save PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="157"/>
        <source>Version and approval</source>
        <translation>Версия и утверждение</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="174"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="175"/>
        <source>Approved by:</source>
        <translation>Утвердил(а):</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="176"/>
        <source>Approved on:</source>
        <translation>Утверждено:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="235"/>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="236"/>
        <source>Smaller</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="237"/>
        <source>Larger</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="366"/>
        <source>Preparing the preview…</source>
        <translation>Готовится предварительный просмотр…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="403"/>
        <source>Pages: %1</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="247"/>
        <location filename="../ropa_desktop/ui/logs/common.py" line="515"/>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="497"/>
        <source>Print the document</source>
        <translation>Печать документа</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="516"/>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="533"/>
        <source>PDF documents</source>
        <translation>Документы PDF</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="554"/>
        <source>The document is saved: %1</source>
        <translation>Документ сохранён: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="183"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="531"/>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="553"/>
        <source>Save the document as PDF</source>
        <translation>Сохранить документ в PDF</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="546"/>
        <source>The PDF could not be saved</source>
        <translation>Не удалось сохранить PDF</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="550"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="163"/>
        <source>e.g. a board member</source>
        <translation>например, член правления</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="177"/>
        <source>Effective from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="386"/>
        <source>The document could not be created: %1</source>
        <translation>Не удалось создать документ: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="474"/>
        <source>This document is a draft, and each page says so. Blanks still to fill in (__________): %1. The Review step lists what is missing.</source>
        <translation>Этот документ — проект: каждая его страница помечена как проект, незаполненных мест (__________): %1. Чего не хватает, показывает шаг «Обзор».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="481"/>
        <source>The document is a draft</source>
        <translation>Документ — проект</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="491"/>
        <source>Print it anyway?</source>
        <translation>Всё равно напечатать?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/documents.py" line="523"/>
        <source>Save it anyway?</source>
        <translation>Всё равно сохранить?</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../ropa_desktop/ui/folders.py" line="25"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/folders.py" line="64"/>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="272"/>
        <source>Nothing to tick yet: fill in step %1, “%2”, first.</source>
        <translation>Пока нечего отмечать: сначала заполните шаг %1 «%2».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="430"/>
        <location filename="../ropa_desktop/ui/forms.py" line="479"/>
        <location filename="../ropa_desktop/ui/forms.py" line="1029"/>
        <source>&amp;Name:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="433"/>
        <source>Who belongs to it:</source>
        <translation>Кто к ней относится:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="434"/>
        <source>e.g. anyone who buys or orders from the company</source>
        <translation>например, все, кто покупает или заказывает у компании</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="451"/>
        <source>Who they are:</source>
        <translation>Кто они:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="480"/>
        <source>What it includes:</source>
        <translation>Что включает:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="483"/>
        <source>&amp;Kind of data:</source>
        <translation>В&amp;ид данных:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="489"/>
        <source>Used for:</source>
        <translation>Используется для:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="522"/>
        <source>Health, biometric and other special category data may be processed only under an Art. 9(2) condition: state it with each purpose that uses this data (step 3).</source>
        <translation>Данные о здоровье, биометрические и другие данные особых категорий можно обрабатывать только при условии по п. 2 ст. 9: укажите его для каждой цели, которая использует эти данные (шаг 3).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="527"/>
        <source>Data on convictions and offences may be processed only where a law allows it (Art. 10): state it with each purpose that uses this data (step 3).</source>
        <translation>Данные о судимости и правонарушениях можно обрабатывать, только если это разрешает закон (ст. 10): укажите его для каждой цели, которая использует эти данные (шаг 3).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="595"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="598"/>
        <location filename="../ropa_desktop/ui/forms.py" line="1260"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="600"/>
        <source>What the company does with the data and why</source>
        <translation>Что компания делает с данными и зачем</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="639"/>
        <source>Legal basis:</source>
        <translation>Правовое основание:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="644"/>
        <source>Which interest of the company or of others the processing serves</source>
        <translation>Какому интересу компании или других лиц служит обработка</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="648"/>
        <source>What the consent covers:</source>
        <translation>На что дано согласие:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="650"/>
        <source>e.g. cookies that the website does not need to work</source>
        <translation>например, файлы cookie, которые не нужны для работы сайта</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="659"/>
        <source>How the person gives consent:</source>
        <translation>Как лицо даёт согласие:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="665"/>
        <source>How consent is withdrawn:</source>
        <translation>Как отзывается согласие:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="667"/>
        <source>As easy as giving it, e.g. a link in every e-mail</source>
        <translation>Так же просто, как дать, например, ссылка в каждом письме</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="671"/>
        <source>The printed consent form collects this consent</source>
        <translation>Это согласие собирается печатной формой согласия</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="677"/>
        <source>Direct marketing (offers and news sent to the person)</source>
        <translation>Прямой маркетинг (человеку отправляют предложения и новости)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="683"/>
        <source>Whose data:</source>
        <translation>Чьи данные:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="688"/>
        <source>What data:</source>
        <translation>Какие данные:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="701"/>
        <source>From the catalogue…</source>
        <translation>Из каталога…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="703"/>
        <source>Add data categories from the catalogue to the register, ticked for this purpose</source>
        <translation>Добавить в реестр категории данных из каталога, отмеченные для этой цели</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="710"/>
        <source>Must the person provide the data?</source>
        <translation>Обязано ли лицо предоставить данные?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="712"/>
        <source>Not stated yet</source>
        <translation>Пока не указано</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="724"/>
        <source>If not provided:</source>
        <translation>Если не предоставлены:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="726"/>
        <source>e.g. the contract cannot be concluded</source>
        <translation>например, договор не может быть заключён</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="730"/>
        <source>Art. 9(2) / Art. 10 condition:</source>
        <translation>Условие по п. 2 ст. 9 / ст. 10:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="741"/>
        <source>Choose a condition of the Regulation…</source>
        <translation>Выберите условие Регламента…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="751"/>
        <source>Decisions are made automatically, without human involvement (including profiling)</source>
        <translation>Решения принимаются автоматически, без участия человека (включая профилирование)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="758"/>
        <source>Which decisions and how:</source>
        <translation>Какие решения и как:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="763"/>
        <source>Impact assessment (DPIA):</source>
        <translation>Оценка воздействия (DPIA):</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1246"/>
        <source>e.g. after the transaction</source>
        <translation>напр., после сделки</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1292"/>
        <source>Say whether “%1” is technical or organisational: it is then added to the list (Esc cancels).</source>
        <translation>Укажите, является ли «%1» технической или организационной мерой: тогда она будет добавлена в список (Esc — отмена).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="548"/>
        <source>Not yet assessed</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="438"/>
        <source>Subgroups:</source>
        <translation>Деление на группы:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="443"/>
        <source>Whether these people fall into groups whose data is handled differently (e.g. private and business customers), and if so, which.</source>
        <translation>Делятся ли эти люди на группы, данные которых обрабатываются по-разному (например, частные лица и компании), и на какие.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="549"/>
        <source>Not needed</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="550"/>
        <source>Needed</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="777"/>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="142"/>
        <location filename="../ropa_desktop/ui/forms.py" line="779"/>
        <source>e.g. small scale, no special category data</source>
        <translation>например, небольшой объём, нет данных особых категорий</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="581"/>
        <source>Art. %1 GDPR</source>
        <translation>GDPR, ст. %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="612"/>
        <source>Note, e.g. what the consent is given for</source>
        <translation>Примечание, например, на что даётся согласие</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="613"/>
        <source>Note, e.g. which contract</source>
        <translation>Примечание, например, какой договор</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="614"/>
        <source>Note, e.g. which law</source>
        <translation>Примечание, например, какой закон</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="615"/>
        <source>Note, e.g. which law gives the task</source>
        <translation>Примечание, например, какой закон устанавливает задачу</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="621"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="642"/>
        <source>Legitimate interest:</source>
        <translation>Законный интерес:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="661"/>
        <source>e.g. ticks a box in the online shop before ordering</source>
        <translation>например, ставит отметку в интернет-магазине перед заказом</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="695"/>
        <source>Nothing to tick yet: take the data from the catalogue, or add your own in step %1, “%2”.</source>
        <translation>Пока нечего отмечать: возьмите данные из каталога или добавьте свои на шаге %1 «%2».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="732"/>
        <source>What allows the special category or criminal offence data to be processed</source>
        <translation>Что разрешает обработку данных особых категорий или о судимости</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="768"/>
        <source>Needed when the processing is likely to result in a high risk to people (Art. 35): e.g. large-scale special category data, systematic monitoring, or profiling with significant effects.</source>
        <translation>Требуется, если обработка может повлечь высокий риск для людей (ст. 35): например, большой объём данных особых категорий, систематический мониторинг или профилирование со значительными последствиями.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="975"/>
        <source>Where exactly, e.g. the order form</source>
        <translation>Где именно, например, форма заказа</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="994"/>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="997"/>
        <source>How it is obtained:</source>
        <translation>Как получают:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1031"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1034"/>
        <source>Registration number:</source>
        <translation>Регистрационный номер:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1036"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1039"/>
        <source>What it does with the data:</source>
        <translation>Что делает с данными:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1043"/>
        <source>There is a written a&amp;greement</source>
        <translation>Заключён письменный до&amp;говор</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1049"/>
        <source>Agreement:</source>
        <translation>Договор:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1056"/>
        <source>Signed on:</source>
        <translation>Подписан:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1061"/>
        <source>Review by:</source>
        <translation>Пересмотреть до:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1062"/>
        <source>Note on the agreement:</source>
        <translation>Примечание о договоре:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1064"/>
        <source>The data is &amp;transferred outside the EU/EEA</source>
        <translation>Данные передаются за пределы &amp;ЕС/ЕЭЗ</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1070"/>
        <source>To which country:</source>
        <translation>В какую страну:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1074"/>
        <source>Safeguard:</source>
        <translation>Гарантия:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1077"/>
        <source>Note on the transfer:</source>
        <translation>Примечание о передаче:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1079"/>
        <source>Receives data for:</source>
        <translation>Получает данные для:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1178"/>
        <source>e.g. Accounting Law, Section 28</source>
        <translation>например, статья 28 Закона о бухгалтерском учёте (Grāmatvedības likums)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1181"/>
        <source>For the purposes:</source>
        <translation>Для целей:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1185"/>
        <source>Only this data:</source>
        <translation>Только эти данные:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1266"/>
        <source>Technical or organisational?</source>
        <translation>Технический или организационный?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1151"/>
        <source>A fixed &amp;period:</source>
        <translation>Определённый с&amp;рок:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="440"/>
        <source>e.g. Customers are not divided into groups.</source>
        <translation>например, клиенты на группы не делятся.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="517"/>
        <source>Say in “What it includes” why the personal identity number is needed (e.g. the law or the customer’s own request).</source>
        <translation>Укажите в поле «Что включает», зачем нужен персональный код (например, закон или просьба самого клиента).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="999"/>
        <source>e.g. the customer fills in the order form on the website</source>
        <translation>например, клиент заполняет форму заказа на веб-сайте</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1041"/>
        <source>e.g. hosts the website and the online shop</source>
        <translation>например, размещает веб-сайт и интернет-магазин</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1168"/>
        <source>Kept:</source>
        <translation>Хранится:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1171"/>
        <location filename="../ropa_desktop/ui/forms.py" line="1243"/>
        <source>Or until:</source>
        <translation>Или до:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1173"/>
        <location filename="../ropa_desktop/ui/forms.py" line="1248"/>
        <source>e.g. until the contract ends</source>
        <translation>например, до окончания договора</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1177"/>
        <source>Law that sets it:</source>
        <translation>Закон, который его устанавливает:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1190"/>
        <source>If none is ticked, the term applies to all the data of these purposes.</source>
        <translation>Если ничего не отмечено, срок относится ко всем данным этих целей.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1196"/>
        <source>Afterwards the data is:</source>
        <translation>После этого данные:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1241"/>
        <source>Term starts:</source>
        <translation>Начало срока:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1258"/>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/forms.py" line="1256"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Мера:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="299"/>
        <source>dd/mm/yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="328"/>
        <source>dd/MM/yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="308"/>
        <source>Pick the date from a calendar (Alt+↓)</source>
        <translation>Выбрать день в календаре (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="352"/>
        <source>Type the date as %1, or pick it with “…”.</source>
        <translation>Введите дату в формате %1 или выберите её кнопкой «…».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="369"/>
        <source>This is not a date, so it is not saved yet: type it as %1, or pick it with “…”.</source>
        <translation>Это не дата, поэтому она ещё не сохранена: введите её в формате %1 или выберите кнопкой «…».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="576"/>
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="578"/>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/widgets.py" line="763"/>
        <source>No text in %1 yet</source>
        <translation>Нет перевода на %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="495"/>
        <source>Tick all</source>
        <comment>undo</comment>
        <translation>отметку всех</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="497"/>
        <source>Untick all</source>
        <comment>undo</comment>
        <translation>снятие всех отметок</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="31"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="35"/>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="36"/>
        <source>%1 overdue</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="65"/>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="24"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="67"/>
        <source>72-hour deadline</source>
        <translation>Срок 72 часа</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="68"/>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="69"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="85"/>
        <source>&amp;New breach</source>
        <translation>&amp;Новое нарушение</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="88"/>
        <source>No breaches are logged yet. As soon as the company becomes aware of one, add it here with “New breach”: the 72 hours run from that moment.</source>
        <translation>В журнале пока нет ни одного нарушения. Как только компании станет известно о нарушении, добавьте его здесь кнопкой «Новое нарушение»: 72 часа отсчитываются с этого момента.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="113"/>
        <source>known</source>
        <translation>известно</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="66"/>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="114"/>
        <source>Became aware at</source>
        <translation>Стало известно</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="116"/>
        <source>Notify the Inspectorate by</source>
        <translation>Уведомить инспекцию до</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="117"/>
        <source>told us at</source>
        <translation>сообщил</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="118"/>
        <source>Processor</source>
        <translation>Обработчик данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="120"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="122"/>
        <source>People concerned</source>
        <translation>Затронутые лица</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="124"/>
        <source>About how many people</source>
        <translation>Примерно сколько лиц</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="126"/>
        <source>Data concerned</source>
        <translation>Затронутые данные</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="128"/>
        <source>About how many records</source>
        <translation>Примерно сколько записей</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="133"/>
        <source>Likely consequences</source>
        <translation>Вероятные последствия</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="135"/>
        <source>Measures taken and proposed</source>
        <translation>Принятые и предлагаемые меры</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="136"/>
        <source>Not yet assessed</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="138"/>
        <source>Risk to people</source>
        <translation>Риск для людей</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="139"/>
        <source>notified at</source>
        <translation>уведомлена</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="140"/>
        <source>Data State Inspectorate</source>
        <translation>Государственная инспекция данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="144"/>
        <source>If the Inspectorate is notified later than 72 hours: why (Art. 33(1))</source>
        <translation>Если инспекция уведомлена позднее чем через 72 часа: почему (п. 1 ст. 33)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="146"/>
        <source>Reasons for the delay</source>
        <translation>Причины задержки</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="147"/>
        <source>informed at</source>
        <translation>проинформированы</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="148"/>
        <source>Communication to the people concerned</source>
        <translation>Сообщение затронутым лицам</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="151"/>
        <source>Why neither the Inspectorate nor the people concerned are told</source>
        <translation>Почему ни инспекция, ни затронутые лица не уведомляются</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="153"/>
        <source>Decision not to notify</source>
        <translation>Решение не уведомлять</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/breaches_page.py" line="169"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="197"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="199"/>
        <source>&amp;Letters…</source>
        <translation>&amp;Письма…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="446"/>
        <source>Delete the entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="447"/>
        <source>Delete entry %1 from the log? Its personal data is deleted with it. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>Удалить запись %1 из журнала? Вместе с ней будут удалены содержащиеся в ней персональные данные. Вернуть её можно командой Правка › Отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="497"/>
        <source>The letter could not be created</source>
        <translation>Не удалось составить письмо</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="537"/>
        <source>Save the letter as PDF</source>
        <translation>Сохранить письмо в PDF</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="539"/>
        <source>PDF documents</source>
        <translation>Документы PDF</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="551"/>
        <source>The PDF could not be saved</source>
        <translation>Не удалось сохранить PDF</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="556"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="25"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="26"/>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="80"/>
        <source>Right</source>
        <translation>Право</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="27"/>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="83"/>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="28"/>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="104"/>
        <source>Answer due</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="29"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="46"/>
        <source>&amp;New request</source>
        <translation>&amp;Новый запрос</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="49"/>
        <source>No requests are logged yet. When someone makes one, add it here with “New request”.</source>
        <translation>В журнале пока нет ни одного запроса. Когда кто-то подаст запрос, добавьте его здесь кнопкой «Новый запрос».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="74"/>
        <source>Received on</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="77"/>
        <source>How it arrived</source>
        <translation>Как поступил</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="85"/>
        <source>e-mail, phone or address for the answer</source>
        <translation>эл. почта, телефон или адрес для ответа</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="87"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="93"/>
        <source>Use the register’s rule</source>
        <translation>Использовать правило реестра</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="178"/>
        <source>The register’s rule: %1</source>
        <translation>Правило реестра: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="100"/>
        <source>How identity was checked</source>
        <translation>Как проверена личность</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="107"/>
        <source>Person told of an extension on</source>
        <translation>О продлении сообщено</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="111"/>
        <source>Once the date above is given: why the deadline is extended (Art. 12(3))</source>
        <translation>Когда указана дата выше: почему срок продлён (п. 3 ст. 12)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="116"/>
        <source>Reasons for the extension</source>
        <translation>Причины продления</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="119"/>
        <source>Answered on</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="122"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="125"/>
        <source>If the request is refused in whole or in part: why (Art. 12(4))</source>
        <translation>Если в запросе отказано полностью или частично: почему (п. 4 ст. 12)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="128"/>
        <source>Reasons for the refusal</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="131"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="172"/>
        <source>the person must be told of an extension by %1</source>
        <translation>о продлении нужно сообщить до %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/requests_page.py" line="181"/>
        <source>The register has no identification rule for this channel.</source>
        <translation>В реестре нет правила идентификации для этого способа обращения.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="43"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="44"/>
        <source>Breaches</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="68"/>
        <source>Years an entry is kept after it is answered or closed (then it is erased):</source>
        <translation>Сколько лет хранить запись после ответа или закрытия (затем она удаляется):</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="109"/>
        <source>Request %1 (%2): answer due %3, %4</source>
        <translation>Запрос %1 (%2): ответить до %3, %4</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="117"/>
        <source>Breach %1: %2; 72-hour deadline %3</source>
        <translation>Нарушение %1: %2; срок 72 часа — %3</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="150"/>
        <source>Req&amp;uests and breaches</source>
        <translation>З&amp;апросы и нарушения</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="151"/>
        <source>&amp;Requests…</source>
        <translation>&amp;Запросы…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="154"/>
        <source>&amp;Breaches…</source>
        <translation>&amp;Нарушения…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="192"/>
        <source>Log entries erased at the end of their retention period: %1</source>
        <translation>Удалены записи журналов с истёкшим сроком хранения: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="218"/>
        <source>Deadlines in the logs</source>
        <translation>Сроки в журналах</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="219"/>
        <source>Awaiting action in the logs:</source>
        <translation>Эти записи в журналах требуют действий:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="223"/>
        <source>Open the breach register</source>
        <translation>Открыть реестр нарушений</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/window.py" line="222"/>
        <source>Open the requests log</source>
        <translation>Открыть журнал запросов</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="473"/>
        <source>Save as PDF (%1)…</source>
        <translation>Сохранить в PDF (%1)…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/logs/common.py" line="475"/>
        <source>Print (%1)…</source>
        <translation>Печать (%1)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="631"/>
        <location filename="../ropa_desktop/ui/pages/review.py" line="84"/>
        <source>Checking the register…</source>
        <translation>Проверка реестра…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="267"/>
        <source>The file cannot be opened</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="825"/>
        <location filename="../ropa_desktop/ui/editing.py" line="244"/>
        <location filename="../ropa_desktop/ui/editing.py" line="478"/>
        <source>The change could not be saved</source>
        <translation>Не удалось сохранить изменение</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="245"/>
        <source>Your last change could not be saved, as the file can no longer be written. Open “%1” anyway and lose that change?</source>
        <translation>Ваше последнее изменение не удалось сохранить: в файл больше нельзя записывать. Всё равно открыть «%1» и потерять это изменение?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="305"/>
        <source>This is a backup copy: it is open read-only. File › Restore from backup brings it back in place of the register.</source>
        <translation>Это резервная копия: она открыта только для чтения. Файл › Восстановить из резервной копии вернёт её на место реестра.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="492"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="513"/>
        <source>The file is read-only</source>
        <translation>Файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="601"/>
        <source>Change “%1”</source>
        <translation>изменение «%1»</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="636"/>
        <source>Change company details</source>
        <translation>изменение сведений о компании</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="640"/>
        <source>Change document details</source>
        <translation>изменение сведений о документах</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="652"/>
        <source>Change the register’s languages</source>
        <translation>изменение языков реестра</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="696"/>
        <source>Add “%1” and %2 more</source>
        <translation>добавление «%1» и ещё %2</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="702"/>
        <source>Add “%1” and “%2”</source>
        <translation>добавление «%1» и «%2»</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="707"/>
        <source>Add “%1”</source>
        <translation>добавление «%1»</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="728"/>
        <source>Delete “%1”</source>
        <translation>удаление «%1»</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="732"/>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>«%1» удалено. Отменить: Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="794"/>
        <location filename="../ropa_desktop/ui/editing.py" line="832"/>
        <source>The file cannot be read</source>
        <translation>Не удаётся прочитать файл</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="801"/>
        <source>The file was changed by another program; the window shows the new content.</source>
        <translation>Файл изменила другая программа; в окне показано новое содержимое.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="836"/>
        <source>The file is available again; the window continues with it.</source>
        <translation>Файл снова на месте; работа с ним продолжается.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="840"/>
        <source>Another program put a new version of the file in its place; the window shows it.</source>
        <translation>Другая программа заменила файл его новой версией; в окне показана она.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="854"/>
        <source>The file was moved or deleted</source>
        <translation>Файл перемещён или удалён</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/editing.py" line="857"/>
        <source>The file cannot be reached</source>
        <translation>Файл недоступен</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="141"/>
        <source>The register could not be created</source>
        <translation>Не удалось создать реестр</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="117"/>
        <source>New register</source>
        <translation>Новый реестр</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="41"/>
        <source>Register files</source>
        <translation>Файлы реестра</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="45"/>
        <source>JSON registers</source>
        <translation>Реестры JSON</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="71"/>
        <source>This file is already open. Choose another name.</source>
        <translation>Этот файл сейчас открыт. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="101"/>
        <source>The register used last is not there</source>
        <translation>Последний реестр не найден</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="102"/>
        <source>“%1” is no longer in “%2” (perhaps a USB stick was taken out, or the file was moved). Open it from where it is now with File › Open, or choose another register.</source>
        <translation>«%1» больше нет в папке «%2» (возможно, извлечена флешка или файл перемещён). Откройте его оттуда, где он теперь, через Файл › Открыть, или выберите другой реестр.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="119"/>
        <location filename="../ropa_desktop/ui/file_actions.py" line="303"/>
        <source>register</source>
        <translation>реестр</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="148"/>
        <source>Open a register</source>
        <translation>Открыть реестр</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="160"/>
        <source>“%1” is the register open now.</source>
        <translation>«%1» — реестр, открытый сейчас.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="175"/>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="206"/>
        <source>The example cannot be opened</source>
        <translation>Не удаётся открыть пример</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="235"/>
        <location filename="../ropa_desktop/ui/file_actions.py" line="240"/>
        <location filename="../ropa_desktop/ui/file_actions.py" line="270"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="247"/>
        <location filename="../ropa_desktop/ui/file_actions.py" line="337"/>
        <source>The copy could not be saved</source>
        <translation>Не удалось сохранить копию</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="271"/>
        <source>“%1” holds entries of the requests log or the breach register that this register does not have (requests: %2, breaches: %3). A copy prepared for the accountant leaves them out. If you replace the file, they are removed from it; only the backup made of it first keeps them.

Replace “%1” anyway?</source>
        <translation>В файле «%1» есть записи журнала запросов или реестра нарушений, которых нет в этом реестре (запросы: %2, нарушения: %3). В копию для бухгалтера они не включаются. Если заменить файл, они будут из него удалены и останутся только в резервной копии файла.

Всё равно заменить «%1»?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="370"/>
        <source>Replace everything in this register with the content of “%1”? A backup of the register as it is now is made first.</source>
        <translation>Заменить всё содержимое этого реестра содержимым «%1»? Сначала будет сохранена резервная копия реестра в его нынешнем виде.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="415"/>
        <source>Erase a person’s data everywhere</source>
        <translation>Удалить данные человека везде</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="419"/>
        <source>First delete or change every entry of the register that names the person. Then give the person’s name or e-mail address: it is removed from the register’s change log, and every automatic backup that still holds it is deleted.</source>
        <translation>Сначала удалите или исправьте все записи реестра, в которых упоминается этот человек. Затем укажите его имя и фамилию или адрес электронной почты: они будут стёрты из журнала изменений реестра, а все автоматические резервные копии, в которых они ещё есть, будут удалены.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="289"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="294"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (копия %2)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="307"/>
        <source>Prepare a copy for the accountant</source>
        <translation>Копия для бухгалтера</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="324"/>
        <source>Include the requests log and the breach register in the copy? They hold personal data of the people who made requests or were affected by a breach; an accountant does not usually need them.</source>
        <translation>Включить в копию журнал запросов и реестр нарушений? В них есть персональные данные людей, которые подавали запросы или пострадали от нарушения; бухгалтеру они обычно не нужны.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="343"/>
        <source>The copy is ready: %1
It holds the register as it is now and nothing that was deleted before. Send this file to your accountant, who can open it with ROPA Desktop.</source>
        <translation>Копия готова: %1
В ней реестр в его нынешнем виде и ничего из того, что было удалено ранее. Отправьте этот файл своему бухгалтеру: его можно открыть в ROPA Desktop.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="358"/>
        <source>Import a JSON register</source>
        <translation>Импорт реестра JSON</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="365"/>
        <source>The file cannot be imported</source>
        <translation>Не удаётся импортировать файл</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="390"/>
        <source>Export as JSON</source>
        <translation>Экспорт в JSON</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="402"/>
        <source>The register could not be exported</source>
        <translation>Не удалось экспортировать реестр</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="404"/>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="439"/>
        <source>Nothing was erased</source>
        <translation>Ничего не удалено</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="461"/>
        <source>The register was restored from the backup.</source>
        <translation>Реестр восстановлен из резервной копии.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/file_actions.py" line="467"/>
        <source>The backup could not be restored</source>
        <translation>Не удалось восстановить резервную копию</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="125"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Назад</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="126"/>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Далее ▶</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="207"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="210"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="221"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="225"/>
        <source>Prepare a &amp;copy for the accountant…</source>
        <translation>Копия для &amp;бухгалтера…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="229"/>
        <source>Prin&amp;t…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="233"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Импорт JSON…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="234"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Экспорт JSON…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="238"/>
        <source>Restore from &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="247"/>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="250"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="252"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="255"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="265"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="266"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="279"/>
        <source>Go to &amp;Review</source>
        <translation>Перейти к &amp;обзору</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="282"/>
        <source>Go to &amp;Documents</source>
        <translation>Перейти к &amp;документам</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="288"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="290"/>
        <source>Open the ZĪMES &amp;example</source>
        <translation>Открыть при&amp;мер ZĪMES</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="294"/>
        <source>Open a &amp;complete example</source>
        <translation>Открыть &amp;полный пример</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="297"/>
        <source>&amp;About ROPA Desktop</source>
        <translation>&amp;О программе ROPA Desktop</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="317"/>
        <source>Undone: %1.</source>
        <translation>Отменено: %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="319"/>
        <source>Redone: %1.</source>
        <translation>Повторено: %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="634"/>
        <source>Missing: %1 · suggestions: %2</source>
        <translation>Не хватает: %1 · советов: %2</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="640"/>
        <source>Nothing missing · suggestions: %1</source>
        <translation>Всё есть · советов: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="661"/>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="729"/>
        <source>“%1” was moved, renamed or deleted while it was open, so changes cannot be saved into it. Open it where it is now (File › Open), or keep what it held with File › Save As…</source>
        <translation>«%1» был перемещён, переименован или удалён, пока был открыт, поэтому изменения в нём сохранить нельзя. Откройте его там, где он сейчас (Файл › Открыть), или сохраните его содержимое через Файл › Сохранить как…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="783"/>
        <source>ROPA Desktop %1

The record of processing activities (Art. 30 GDPR), the privacy notice and the forms of a small company, kept offline in one file.</source>
        <translation>ROPA Desktop %1

Реестр действий по обработке (ст. 30 GDPR), уведомление о конфиденциальности и формы небольшой компании — без интернета, в одном файле.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="339"/>
        <source>Save again</source>
        <translation>Сохранить снова</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="242"/>
        <source>Erase a &amp;person’s data everywhere…</source>
        <translation>Удалить данные &amp;человека везде…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="354"/>
        <source>Opened %1</source>
        <translation>Открыт файл %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="548"/>
        <source>…and %1 more (see Review).</source>
        <translation>…и ещё %1 (см. «Обзор»).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="555"/>
        <source>This step still lacks:</source>
        <translation>На этом шаге ещё не хватает:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="557"/>
        <source>Fill it in now, or press Next again to go on; you can come back at any time.</source>
        <translation>Заполните сейчас или нажмите «Далее» ещё раз, чтобы продолжить; вернуться можно в любое время.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="622"/>
        <source>Complete</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="623"/>
        <source>Incomplete</source>
        <translation>Не заполнено до конца</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="624"/>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="645"/>
        <source>Nothing missing</source>
        <translation>Всё есть</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="648"/>
        <source>Record of processing activities</source>
        <translation>Реестр действий по обработке</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="656"/>
        <source>Show the &amp;folder: %1</source>
        <translation>Показ&amp;ать папку: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="355"/>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="214"/>
        <source>Open &amp;recent</source>
        <translation>Последние &amp;файлы</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="760"/>
        <source>This file is open read-only: changes cannot be saved. To work on it, save your own copy with File › Save As…</source>
        <translation>Этот файл открыт только для чтения: изменения сохранить невозможно. Чтобы работать с ним, сохраните свою копию через Файл › Сохранить как…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="338"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="356"/>
        <source>Your last change is not saved yet</source>
        <translation>Ваше последнее изменение ещё не сохранено</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="782"/>
        <source>About ROPA Desktop</source>
        <translation>О программе ROPA Desktop</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/mainwindow.py" line="826"/>
        <source>Your last change could not be saved. Close anyway and lose it?</source>
        <translation>Ваше последнее изменение не удалось сохранить. Всё равно закрыть и потерять его?</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="27"/>
        <source>Languages of the register</source>
        <translation>Языки реестра</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="34"/>
        <source>Main language:</source>
        <translation>Основной язык:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="43"/>
        <source>Also kept in:</source>
        <translation>Также на языках:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="45"/>
        <source>Every text is typed in each of these languages, and the documents can be printed in each. A text not yet translated prints in the main language.</source>
        <translation>Каждый текст вводится на каждом из этих языков, и документы можно печатать на каждом из них. Ещё не переведённый текст печатается на основном языке.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="101"/>
        <source>The controller</source>
        <translation>Контролёр</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="104"/>
        <source>Company &amp;name:</source>
        <translation>Наи&amp;менование компании:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="105"/>
        <source>Registration number:</source>
        <translation>Регистрационный номер:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="106"/>
        <source>Legal address:</source>
        <translation>Юридический адрес:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="107"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="130"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="137"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="108"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="131"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="138"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="109"/>
        <source>Website:</source>
        <translation>Веб-сайт:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="113"/>
        <source>Where data is processed:</source>
        <translation>Где обрабатываются данные:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="114"/>
        <source>e.g. Republic of Latvia</source>
        <translation>например, Латвийская Республика</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="119"/>
        <source>Who handles data protection in the company</source>
        <translation>Кто в компании занимается защитой данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="122"/>
        <location filename="../ropa_desktop/ui/pages/company.py" line="136"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="126"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="127"/>
        <source>e.g. administrator</source>
        <translation>например, администратор</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="143"/>
        <source>The company has appointed a data protection &amp;officer (DPO, Art. 37)</source>
        <translation>Компания назначила специалиста по &amp;защите данных (DPO, ст. 37)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="144"/>
        <source>Data protection officer</source>
        <translation>Специалист по защите данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="150"/>
        <source>The company is established outside the EU and has a &amp;representative in the EU (Art. 27)</source>
        <translation>Компания &amp;учреждена за пределами ЕС и имеет представителя в ЕС (ст. 27)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="153"/>
        <source>Representative in the EU</source>
        <translation>Представитель в ЕС</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/company.py" line="156"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="61"/>
        <source>DPIA &amp;screening…</source>
        <translation>Нужна ли &amp;оценка воздействия…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="74"/>
        <source>Answer for several purposes at once whether an impact assessment is needed (Art. 35)</source>
        <translation>Ответить сразу для нескольких целей, нужна ли оценка воздействия на защиту данных (ст. 35)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="78"/>
        <source>Add a purpose first: there is nothing to answer for yet</source>
        <translation>Сначала добавьте цель: пока отвечать не на что</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="137"/>
        <source>Add “%1” from the catalogue in one click</source>
        <translation>Добавить «%1» из каталога одним щелчком</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="199"/>
        <source>+ &amp;Mozello SIA</source>
        <translation>+ &amp;Mozello SIA</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/list_steps.py" line="201"/>
        <source>Add Mozello SIA, the platform behind the website and online shop, in one click</source>
        <translation>Добавить одним щелчком Mozello SIA — платформу веб-сайта и магазина</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="58"/>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="109"/>
        <source>From the &amp;catalogue…</source>
        <translation>Из &amp;каталога…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="110"/>
        <source>&amp;Add your own…</source>
        <translation>До&amp;бавить своё…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="111"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="208"/>
        <source>The chosen category of data subjects</source>
        <translation>Выбранная категория субъектов данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="209"/>
        <source>The chosen data category</source>
        <translation>Выбранная категория данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="210"/>
        <source>The chosen purpose</source>
        <translation>Выбранная цель</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="211"/>
        <source>The chosen recipient</source>
        <translation>Выбранный получатель</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="212"/>
        <source>The chosen retention term</source>
        <translation>Выбранный срок хранения</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="213"/>
        <source>The chosen measure</source>
        <translation>Выбранная мера</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="229"/>
        <source>Add the purposes in step 3 first.</source>
        <translation>Сначала добавьте цели на шаге 3.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="231"/>
        <source>Nothing here yet. Choose ready-made entries with “From the catalogue…” or add your own.</source>
        <translation>Здесь пока ничего нет. Выберите готовые записи кнопкой «Из каталога…» или добавьте свои.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="234"/>
        <source>Nothing here yet. Add one with “Add your own…”.</source>
        <translation>Здесь пока ничего нет. Добавьте запись кнопкой «Добавить своё…».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="414"/>
        <source>The file is read-only, so this entry cannot be added to it.</source>
        <translation>Файл доступен только для чтения, поэтому эту запись в него нельзя добавить.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="603"/>
        <source>“%1” is already in the list: give this one another name.</source>
        <translation>«%1» уже есть в списке: дайте этой записи другое название.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="610"/>
        <source>Type its name and say whether it is technical or organisational. It is then added to the list (Esc cancels).</source>
        <translation>Введите название и укажите, техническая это мера или организационная. Тогда она будет добавлена в список (Esc — отмена).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="624"/>
        <source>“%1” has no retention term yet, so it is ticked below.</source>
        <translation>У цели «%1» ещё нет срока хранения, поэтому она отмечена ниже.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="628"/>
        <source>Type its name. It is added to the list when you move on from the name to another field (Esc cancels). To add several at once, paste a list of names, one per line.</source>
        <translation>Введите название. Когда Вы перейдёте от названия к другому полю, запись будет добавлена в список (Esc — отмена). Чтобы добавить сразу несколько, вставьте список названий, по одному в строке.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="706"/>
        <source>The pasted text has %1 lines: a list adds at most %2 names at a time.</source>
        <translation>Во вставленном тексте строк: %1, а из списка за один раз можно добавить не более %2 названий.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="735"/>
        <source>The catalogue has purposes with these names: %1. Their legal bases and usual data, as the catalogue has them, are ticked: check that they fit what the company does.</source>
        <translation>В каталоге есть цели с такими названиями: %1. Их правовые основания и обычные данные, как в каталоге, отмечены: проверьте, соответствуют ли они деятельности компании.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="742"/>
        <source>%1: the data that nearly every purpose concerning “%2” uses is ticked. Untick what a purpose does not use.</source>
        <translation>%1: отмечены данные, которые использует почти каждая цель, касающаяся категории субъектов данных «%2». Снимите отметку с тех, которые цель не использует.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="752"/>
        <source>Added from the pasted list: %1.</source>
        <translation>Добавлено из вставленного списка: %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="755"/>
        <source>Edit › Undo takes both out again.</source>
        <translation>Правка › Отменить уберёт оба.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="757"/>
        <source>Edit › Undo takes them all out again.</source>
        <translation>Правка › Отменить уберёт их все.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="767"/>
        <source>Of each row, only its first column is taken as a name.</source>
        <translation>Из каждой строки названием взят только первый столбец.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="851"/>
        <source>The data that nearly every purpose concerning “%1” uses is ticked below. Untick what this purpose does not use.</source>
        <translation>Ниже отмечены данные, которые использует почти каждая цель, касающаяся категории субъектов данных «%1». Снимите отметку с тех, которые эта цель не использует.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="971"/>
        <source>%1 … (%2 in all)</source>
        <translation>%1 … (всего %2)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="861"/>
        <source>The catalogue has a purpose of this name: its legal basis and usual data are ticked below. Check that they fit what the company does.</source>
        <translation>В каталоге есть цель с таким названием: ниже отмечены её правовое основание и обычные данные. Проверьте, соответствуют ли они деятельности компании.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="867"/>
        <source>The catalogue has a purpose of this name: its legal basis is ticked below. Check that it fits what the company does.</source>
        <translation>В каталоге есть цель с таким названием: ниже отмечено её правовое основание. Проверьте, соответствует ли оно деятельности компании.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="873"/>
        <source>The catalogue has a purpose of this name: its usual data is ticked below. Check that it fits what the company does.</source>
        <translation>В каталоге есть цель с таким названием: ниже отмечены её обычные данные. Проверьте, соответствуют ли они деятельности компании.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="761"/>
        <source>Already in the list, so left out: %1.</source>
        <translation>Уже есть в списке, поэтому пропущено: %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="219"/>
        <source>New category of data subjects</source>
        <translation>Новая категория субъектов данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="220"/>
        <source>New data category</source>
        <translation>Новая категория данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="221"/>
        <source>New purpose</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="222"/>
        <source>New recipient</source>
        <translation>Новый получатель</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="223"/>
        <source>New retention term</source>
        <translation>Новый срок хранения</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="224"/>
        <source>New security measure</source>
        <translation>Новая мера безопасности</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/lists.py" line="616"/>
        <source>Say how long the data is kept: a fixed period, or until when. The term is added to the list when you move on to the fields below (Esc cancels).</source>
        <translation>Укажите, как долго хранятся данные: определённый срок или до какого момента. Когда Вы перейдёте к следующим полям, срок хранения будет добавлен в список (Esc — отмена).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="23"/>
        <source>How the person is identified before an answer is given</source>
        <translation>Как удостоверяется личность, прежде чем дать ответ</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="29"/>
        <source>e.g. no personal data is given by phone; the person is asked to write</source>
        <translation>например, по телефону персональные данные не сообщаются; лицу предлагают написать</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="32"/>
        <source>e.g. only from the e-mail address already known to the company</source>
        <translation>например, только с адреса эл. почты, уже известного компании</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="35"/>
        <source>e.g. with a passport or identity card</source>
        <translation>например, по паспорту или ID-карте</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="36"/>
        <source>e.g. a signed request; the answer goes to the known address</source>
        <translation>например, подписанный запрос; ответ отправляется на известный адрес</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="37"/>
        <source>e.g. signed with an e-signature (eParaksts)</source>
        <translation>например, подписанный электронной подписью (eParaksts)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/requests.py" line="53"/>
        <source>Leave a channel empty if the company does not accept requests that way.</source>
        <translation>Оставьте способ пустым, если компания не принимает запросы таким образом.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="41"/>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="42"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="58"/>
        <source>F&amp;ix the chosen item</source>
        <translation>&amp;Исправить выбранное</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="87"/>
        <source>Nothing is missing: the register has everything the law asks for.</source>
        <translation>Ничего не упущено: в реестре есть всё, что требует закон.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="91"/>
        <source>Missing: %1 · suggestions: %2. Double-click an item or press Enter to fix it.</source>
        <translation>Не хватает: %1 · советов: %2. Дважды щёлкните по пункту или нажмите Enter, чтобы исправить.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="113"/>
        <source>Missing translations into %1</source>
        <translation>Нет переводов на %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="142"/>
        <source>Suggestion</source>
        <translation>Совет</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="141"/>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="143"/>
        <source>Fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/pages/review.py" line="144"/>
        <location filename="../ropa_desktop/ui/pages/review.py" line="184"/>
        <source>What to do: %1</source>
        <translation>Что сделать: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="65"/>
        <source>DPIA screening</source>
        <translation>Нужна ли оценка воздействия</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="68"/>
        <source>Answer for the ticked purposes whether a data protection impact assessment is needed (Art. 35). The purposes where the check finds no sign of high risk are ticked; each of the others says why it should be assessed on its own.</source>
        <translation>Ответьте для отмеченных целей, нужна ли оценка воздействия на защиту данных (ст. 35). Отмечены цели, в которых проверка не видит признаков высокого риска; у каждой из остальных указано, почему её следует оценить отдельно.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="83"/>
        <source>Current answer</source>
        <translation>Текущий ответ</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="108"/>
        <source>Assess it on its own: it %1.</source>
        <translation>Оцените отдельно: %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="136"/>
        <source>&amp;Answer for the ticked purposes:</source>
        <translation>&amp;Ответ для отмеченных целей:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="148"/>
        <source>&amp;Why:</source>
        <translation>&amp;Почему:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="154"/>
        <source>If left empty, each purpose keeps its own reason (the catalogue’s “Assess: …” note is removed).</source>
        <translation>Если поле оставить пустым, у каждой цели сохранится её обоснование (пометка каталога «Оцените: …» удаляется).</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="180"/>
        <source>Purposes ticked: %1</source>
        <translation>Отмечено целей: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="204"/>
        <source>DPIA screening of “%1”</source>
        <comment>undo</comment>
        <translation>ответ об оценке воздействия для «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../ropa_desktop/ui/dpia_screening.py" line="205"/>
        <source>DPIA screening of %n purposes</source>
        <comment>undo</comment>
        <translation>
            <numerusform>ответы об оценке воздействия для %n цели</numerusform>
            <numerusform>ответы об оценке воздействия для %n целей</numerusform>
            <numerusform>ответы об оценке воздействия для %n целей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="60"/>
        <source>Categories of data subjects</source>
        <translation>Категории субъектов данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="61"/>
        <source>Data categories</source>
        <translation>Категории данных</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="62"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="63"/>
        <source>Retention terms</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="64"/>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="65"/>
        <source>Security measures</source>
        <translation>Меры безопасности</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="66"/>
        <source>Identification per channel</source>
        <translation>Идентификация по способам обращения</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="84"/>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="85"/>
        <source>What it is for</source>
        <translation>Для чего</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="179"/>
        <source>%1 (already in the register)</source>
        <translation>%1 (уже в реестре)</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="230"/>
        <source>From the catalogue: %1</source>
        <translation>Из каталога: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="243"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="271"/>
        <source>Nothing found in the catalogue – add your own entry instead.</source>
        <translation>В каталоге ничего не найдено — добавьте собственную запись.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="394"/>
        <source>%1 – tick the one you use</source>
        <translation>%1 — отметьте то, чем Вы пользуетесь</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="425"/>
        <source>Add &amp;only the purposes</source>
        <translation>&amp;Только цели</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="476"/>
        <source>Nothing found in the catalogue – add your own in step %1, “%2”.</source>
        <translation>В каталоге ничего не найдено — добавьте свою запись на шаге %1 «%2».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="274"/>
        <source>Add your &amp;own…</source>
        <translation>Добавить &amp;свою…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="234"/>
        <source>Tick what applies to your company, or double-click an entry to add it straight away; you can change the texts afterwards. Entries come with their texts in each of the register’s languages.</source>
        <translation>Отметьте то, что относится к Вашей компании, или дважды щёлкните по записи, чтобы сразу её добавить; тексты можно изменить потом. Записи добавляются с текстами на всех языках реестра.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="281"/>
        <source>Tick &amp;all shown</source>
        <translation>Отметить &amp;все показанные</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="289"/>
        <source>&amp;Add ticked entries</source>
        <translation>&amp;Добавить отмеченное</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="318"/>
        <source>Ticked: %1</source>
        <translation>Отмечено: %1</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="368"/>
        <source>Add what usually goes with these purposes?</source>
        <translation>Добавить то, что обычно нужно для этих целей?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="371"/>
        <source>These purposes usually need the entries below. What nearly every company has is ticked; tick what else applies and untick what does not. The ticked entries are added and linked to the purposes; what the register has already is linked too.</source>
        <translation>Для этих целей обычно нужны записи ниже. Отмечено то, что есть почти у каждой компании; отметьте и то, что ещё относится к Вам, и снимите отметку с того, что не относится. Отмеченные записи будут добавлены и связаны с целями; то, что уже есть в реестре, тоже будет связано.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="422"/>
        <source>&amp;Add and link</source>
        <translation>&amp;Добавить и связать</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/picker.py" line="507"/>
        <location filename="../ropa_desktop/ui/picker.py" line="576"/>
        <source>Add from the catalogue</source>
        <translation>добавление из каталога</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="69"/>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="70"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="141"/>
        <source>Sending the document to the printer…</source>
        <translation>Документ отправляется на принтер…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="193"/>
        <source>Printing page %1 of %2…</source>
        <translation>Печать страницы %1 из %2…</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/printing.py" line="244"/>
        <source>The document could not be printed.</source>
        <translation>Документ не удалось напечатать.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ropa_desktop/ui/i18n.py" line="21"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/i18n.py" line="22"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="78"/>
        <source>Welcome to ROPA Desktop</source>
        <translation>Добро пожаловать в ROPA Desktop</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="85"/>
        <source>Here you keep your company’s record of processing activities (GDPR Article 30) in one file, and print from it the privacy notices and forms the company needs. How would you like to begin?</source>
        <translation>Здесь Вы ведёте реестр действий по обработке Вашей компании (статья 30 GDPR) в одном файле и печатаете из него уведомления о конфиденциальности и формы, которые нужны компании. С чего Вы хотите начать?</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="96"/>
        <source>Create a new register</source>
        <translation>Создать новый реестр</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="97"/>
        <source>Start from an empty register. You choose where the file is kept; we suggest %1.</source>
        <translation>Начать с пустого реестра. Вы выбираете, где хранить файл; мы предлагаем %1.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="103"/>
        <source>Open a register</source>
        <translation>Открыть реестр</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="104"/>
        <source>A register file (.ropa) that your company already keeps.</source>
        <translation>Файл реестра (.ropa), который Ваша компания уже ведёт.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="113"/>
        <source>Recently opened</source>
        <translation>Недавно открытые</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="128"/>
        <source>Examples to explore</source>
        <translation>Примеры для ознакомления</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="132"/>
        <source>The ZĪMES example</source>
        <translation>Пример ZĪMES</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="133"/>
        <source>SIA “ZĪMES” as first described, with the gaps that the Review step points out.</source>
        <translation>SIA «ZĪMES» в первоначальном описании, с пропусками, на которые указывает шаг «Обзор».</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="140"/>
        <source>A complete example</source>
        <translation>Полный пример</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="141"/>
        <source>A small bakery with an online shop: a finished register with nothing missing, in Latvian and English.</source>
        <translation>Небольшая пекарня с интернет-магазином: готовый реестр, в котором ничего не упущено, на латышском и английском.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/start_page.py" line="154"/>
        <source>An example opens as a copy: what you change there does not change the example.</source>
        <translation>Пример открывается как копия: Ваши изменения в нём не меняют сам пример.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="39"/>
        <source>The register starts with who is responsible for the data: your company as the controller, its contact details and the person who looks after data protection (Art. 30(1)(a) GDPR). Example: SIA “ZĪMES”, where the administrator answers questions about personal data.</source>
        <translation>Реестр начинается с того, кто отвечает за данные: Ваша компания как контролёр, её контактные данные и лицо, которое занимается защитой данных (подп. (a) п. 1 ст. 30 GDPR). Пример: SIA «ZĪMES», где на вопросы о персональных данных отвечает администратор.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="45"/>
        <source>Whose personal data does the company process? List the categories of data subjects (Art. 30(1)(c)). Example: ZĪMES has one category, its customers: anyone interested in its goods and services.</source>
        <translation>Чьи персональные данные обрабатывает компания? Перечислите категории субъектов данных (подп. (c) п. 1 ст. 30). Пример: у ZĪMES одна категория — клиенты, то есть все, кто интересуется её товарами и услугами.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="51"/>
        <source>For each purpose for which the company uses personal data, a legal basis is needed (Art. 6 GDPR), and people must be told whether they have to provide the data (Art. 13(2)(e)). Example: “Provision of services” rests on the performance of a contract, “Sending commercial communications” on consent.</source>
        <translation>Для каждой цели, для которой компания использует персональные данные, нужно правовое основание (ст. 6 GDPR), а людям нужно сообщить, обязаны ли они предоставить данные (подп. (e) п. 2 ст. 13). Пример: «Оказание услуг» основано на исполнении договора, «Рассылка маркетинговых сообщений» — на согласии.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="57"/>
        <source>Name the kinds of personal data the company keeps and tick the purposes that use each one (Art. 30(1)(c)). Example: ZĪMES keeps the customer’s name and contact details and, for invoices, the personal identity number.</source>
        <translation>Назовите виды персональных данных, которые хранит компания, и отметьте цели, для которых используется каждый из них (подп. (c) п. 1 ст. 30). Пример: ZĪMES хранит имя и контактные данные клиента, а для счетов — персональный код.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="63"/>
        <source>For each purpose, say where the data comes from and how it is obtained (Art. 14, Art. 30). A new purpose starts with “From the data subject”. Example: the customer fills in the order form in the ZĪMES online shop.</source>
        <translation>Для каждой цели укажите, откуда берутся данные и как их получают (ст. 14, ст. 30). У новой цели сначала отмечено «От самого субъекта данных». Пример: клиент заполняет форму заказа в интернет-магазине ZĪMES.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="69"/>
        <source>List who receives the data. A processor working for you needs a data processing agreement (Art. 28); a transfer outside the EU/EEA needs a safeguard (Arts 44–49). Example: Mozello SIA runs the ZĪMES website and shop.</source>
        <translation>Перечислите, кто получает данные. С обработчиком данных, работающим на Вас, нужен договор об обработке данных (ст. 28); для передачи за пределы ЕС/ЕЭЗ нужна гарантия (ст. 44–49). Пример: Mozello SIA обслуживает веб-сайт и магазин ZĪMES.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="75"/>
        <source>Say how long the data is kept and what happens to it then (Art. 30(1)(f)). Example: ZĪMES keeps contract data until the contractual relationship ends.</source>
        <translation>Укажите, как долго хранятся данные и что с ними происходит потом (подп. (f) п. 1 ст. 30). Пример: ZĪMES хранит данные договора до окончания договорных отношений.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="80"/>
        <source>Describe the technical and organisational measures that protect the data (Art. 32). Example: computers locked with a password, customer data accessible only to the staff who need it.</source>
        <translation>Опишите технические и организационные меры, которые защищают данные (ст. 32). Пример: компьютеры защищены паролем, данные клиентов доступны только тем работникам, которым они нужны.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="85"/>
        <source>People may ask to see, correct or erase their data, and the company must first make sure who is asking (Art. 12(6)). Describe how you identify a person for each channel. Example: an e-mail request is answered only to the address already known to ZĪMES.</source>
        <translation>Люди могут попросить показать, исправить или удалить их данные, и компания должна сначала убедиться, кто обращается (п. 6 ст. 12). Опишите, как Вы удостоверяете личность при каждом способе обращения. Пример: на запрос по эл. почте ZĪMES отвечает только на уже известный ей адрес.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="91"/>
        <source>Here is what the register still lacks. “Missing” marks what the law requires, “Suggestion” good practice. Click “Fix” to open the place where it is filled in.</source>
        <translation>Здесь показано, чего ещё не хватает в реестре. «Не хватает» — то, что требует закон, «Совет» — хорошая практика. Нажмите «Исправить», чтобы открыть место, где это заполняется.</translation>
    </message>
    <message>
        <location filename="../ropa_desktop/ui/steps.py" line="96"/>
        <source>The documents are made from the register, in the language you choose: the internal procedure, the record of processing activities (Art. 30), a privacy notice for each group of people the register names (customers, employees, …), a consent form and a request form. Check the preview, then print the document or save it as PDF.</source>
        <translation>Документы составляются по реестру на выбранном Вами языке: внутренний порядок обработки, реестр действий по обработке (ст. 30), уведомление о конфиденциальности для каждой группы лиц, указанной в реестре (клиенты, работники и др.), форма согласия и форма запроса. Проверьте предварительный просмотр, затем распечатайте документ или сохраните его в PDF.</translation>
    </message>
</context>
</TS>
