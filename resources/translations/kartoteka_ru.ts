<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../ui/settings/__init__.py" line="+47"/>
        <source>&amp;Administration</source>
        <extracomment>roles that get the administration dialogs (None: a database administrator without a CRM role)</extracomment>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users and Roles…</source>
        <translation>&amp;Пользователи и роли…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add users, change their role, reset passwords, disable logins</source>
        <translation>Добавление пользователей, смена роли, сброс паролей, отключение учётных записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rights…</source>
        <translation>Права &amp;доступа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each role may do with clients, deals, tasks, files and reports</source>
        <translation>Что может каждая роль с клиентами, сделками, задачами, файлами и отчётами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;Fields…</source>
        <translation>Допол&amp;нительные поля…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra fields of clients, contacts and deals</source>
        <translation>Дополнительные поля клиентов, контактов и сделок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock Now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover Kartoteka&apos;s windows until your password is entered</source>
        <translation>Скрыть окна Kartoteka до ввода вашего пароля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Automatic Lock…</source>
        <translation>&amp;Автоблокировка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Kartoteka after some minutes without use</source>
        <translation>Блокировать Kartoteka после нескольких минут бездействия</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Nothing to lock: no database is open.</source>
        <translation>Блокировать нечего: база данных не открыта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic Lock</source>
        <translation>Автоблокировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Kartoteka after this many minutes without use (0 = never):</source>
        <translation>Блокировать Kartoteka после стольких минут бездействия (0 — никогда):</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../ui/cards/client_card/addresses_tab.py" line="+20"/>
        <location filename="../../ui/cards/client_card/history_tab.py" line="+44"/>
        <location filename="../../ui/cards/client_card/records_tabs.py" line="+33"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+71"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/audit_tab.py" line="+26"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/contacts_tab.py" line="+30"/>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/audit_tab.py" line="-4"/>
        <source>Client</source>
        <extracomment>audited table → what the user calls it</extracomment>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/contacts_tab.py" line="-4"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/contacts_tab.py" line="+2"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-19"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/records_tabs.py" line="-13"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/records_tabs.py" line="+12"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/files_tab.py" line="+40"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom field</source>
        <translation>Доп. поле</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/cards/client_card/history_tab.py" line="-1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/card.py" line="+92"/>
        <source>Save the changes to “{name}”?</source>
        <extracomment>per-user window geometry of cards (ui.state store)</extracomment>
        <translation>Сохранить изменения в «{name}»?</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading…</source>
        <extracomment>saved; the card now shows client ``id`` (a new card has an id from here on) the user asked to open another client (a duplicate&apos;s link) the card finished (re)loading (tests wait on it) the draft as loaded (what a save compares against) the widgets read back right after filling</extracomment>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-2"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+37"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+414"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location line="-412"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>version {v}</source>
        <translation>версия {v}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created {when} by {who}</source>
        <translation>Создан {when} ({who})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed {when} by {who}</source>
        <translation>изменён {when} ({who})</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+259"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>{name}[*] — client card (read only)</source>
        <translation>{name}[*] — карточка клиента (только просмотр)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}[*] — client card</source>
        <translation>{name}[*] — карточка клиента</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My changes to “{name}”:</source>
        <translation>Мои изменения в «{name}»:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{text}” is not a date; type it as {example} or pick it from the calendar.</source>
        <translation>«{text}» — не дата; введите её в виде {example} или выберите в календаре.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved.</source>
        <extracomment>set by :meth:`apply_rights`: the login may not edit clients (the server would refuse anyway) set by :meth:`apply_rights`: the login may log calls, meetings and notes</extracomment>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your changes are on the clipboard.</source>
        <translation>Ваши изменения скопированы в буфер обмена.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Status changed.</source>
        <translation>Статус изменён.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the new client first (Ctrl+S).</source>
        <translation>Сначала сохраните нового клиента (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;b&gt;Changed by someone else&lt;/b&gt; ({who}, {when}) while you were editing. Reload to see their version, or keep editing and decide when you save.</source>
        <translation>&lt;b&gt;Изменено другим пользователем&lt;/b&gt; ({who}, {when}), пока вы редактировали. Перечитайте карточку, чтобы увидеть его версию, или продолжайте редактирование и решите при сохранении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard your changes and reload the card?</source>
        <translation>Отменить ваши изменения и перечитать карточку?</translation>
    </message>
    <message>
        <source>Reload (discard my edits)</source>
        <translation>Перечитать (отменить мои правки)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Т&amp;еги</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Main</source>
        <translation>Осно&amp;вное</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>С&amp;айт:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Дата ро&amp;ждения:</translation>
    </message>
    <message>
        <source>Founded &amp;on:</source>
        <translation>&amp;Дата основания:</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Полное наименование:</translation>
    </message>
    <message>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>&amp;KPP:</source>
        <translation>К&amp;ПП:</translation>
    </message>
    <message>
        <source>OGRN:</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <source>BIK:</source>
        <translation>БИК:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Расчётный счёт:</translation>
    </message>
    <message>
        <source>Corr. account:</source>
        <translation>Корр. счёт:</translation>
    </message>
    <message>
        <source>&amp;Contact persons</source>
        <translation>&amp;Контактные лица</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Po&amp;sition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Main c&amp;ontact person</source>
        <translation>Ос&amp;новное контактное лицо</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phones &amp;&amp; e-mails</source>
        <translation>Телефон&amp;ы и e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/texts.py" line="+1"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/history_tab.py" line="-12"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+1"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>A&amp;ddresses</source>
        <translation>Ад&amp;реса</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Добавить адрес</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Street, house:</source>
        <translation>Улица, дом:</translation>
    </message>
    <message>
        <source>Main address</source>
        <translation>Основной адрес</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Показать более ранние</translation>
    </message>
    <message>
        <source>D&amp;eals</source>
        <translation>Сде&amp;лки</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Фа&amp;йлы</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Со&amp;хранить как…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Custom fie&amp;lds</source>
        <translation>Доп. пол&amp;я</translation>
    </message>
    <message>
        <source>No custom fields are defined for clients.</source>
        <translation>Дополнительные поля для клиентов не настроены.</translation>
    </message>
    <message>
        <source>Audi&amp;t</source>
        <translation>Журнал из&amp;менений</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/contacts_tab.py" line="-4"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-20"/>
        <source>Name</source>
        <extracomment>ClientDraft field → its name on the card (conflict messages, &quot;copy my changes&quot;)</extracomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/duplicates.py" line="+32"/>
        <source>same phone</source>
        <extracomment>pause after the last keystroke before asking the database</extracomment>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same INN</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>то же наименование</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/files_tab.py" line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the file {name}: {why}</source>
        <translation>Не удалось прочитать файл {name}: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}” from the client&apos;s card? This cannot be undone.</source>
        <translation>Удалить «{name}» из карточки клиента? Отменить это будет нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/history_tab.py" line="-4"/>
        <source>All types</source>
        <extracomment>interactions per request (the card load brings the first 100)</extracomment>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/records_tabs.py" line="-11"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cur.</source>
        <translation>Вал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+4"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-11"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+10"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-16"/>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/texts.py" line="-39"/>
        <source>Potential</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Company</source>
        <extracomment>the same colours as the client list&apos;s status dots</extracomment>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>Фактический</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Юридический</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal</source>
        <translation>Почтовый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Для доставки</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondent account</source>
        <translation>Корреспондентский счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded on</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Доп. поля</translation>
    </message>
</context>
<context>
    <name>ClientListWidget</name>
    <message>
        <location filename="../../ui/lists/client_columns.py" line="+24"/>
        <source>Potential</source>
        <extracomment>Translation context of the column titles and coded values below.</extracomment>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company</source>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <extracomment>Built-in columns in their default order; keys are :class:`app.clients.ClientRow` fields.</extracomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step on</source>
        <translation>Дата след. шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../ui/lists/client_list.py" line="+109"/>
        <source>&amp;Columns…</source>
        <extracomment>Kinds of change that alter what the list shows (the summary columns come from interactions, deals and tasks). Ins: the user wants a new client (the card opens empty) the list archived/deleted clients itself: the :class:`app.changes.Changes` to publish the loaded row count or the loading state changed (the status bar shows :meth:`count_text`) the box holds too few digits to search (see too_short_to_search) field id → index in ClientRow.custom of the rows shown selection across a reload the header is being arranged by the program, not the user</extracomment>
        <translation>Ко&amp;лонки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose and order the columns (or right-click a column title)</source>
        <translation>Выбрать колонки и их порядок (или щёлкните правой кнопкой по заголовку колонки)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Type at least %n digits to search by phone or INN</source>
        <translation>
            <numerusform>Для поиска по телефону или ИНН введите не менее %n цифры</numerusform>
            <numerusform>Для поиска по телефону или ИНН введите не менее %n цифр</numerusform>
            <numerusform>Для поиска по телефону или ИНН введите не менее %n цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>First %n client(s) found; type more to narrow the search</source>
        <translation>
            <numerusform>Показан первый %n найденный клиент; уточните запрос, чтобы сузить поиск</numerusform>
            <numerusform>Показаны первые %n найденных клиента; уточните запрос, чтобы сузить поиск</numerusform>
            <numerusform>Показаны первые %n найденных клиентов; уточните запрос, чтобы сузить поиск</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>Найден %n клиент</numerusform>
            <numerusform>Найдено %n клиента</numerusform>
            <numerusform>Найдено %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n client(s) loaded, scroll for more</source>
        <translation>
            <numerusform>Загружен %n клиент, прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Загружено %n клиента, прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Загружено %n клиентов, прокрутите, чтобы загрузить ещё</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Quick filters do not apply to search results; Esc in the search box returns to the list</source>
        <translation>Быстрые фильтры не действуют на результаты поиска; Esc в строке поиска возвращает к списку</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Archive client</source>
        <translation>Перенос клиента в архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive client “{name}”? It will be hidden from lists; Shift+Del deletes for good.</source>
        <translation>Перенести клиента «{name}» в архив? Он будет скрыт из списков; Shift+Del удаляет окончательно.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete client</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete client “{name}” for good, with its contacts, history, deals and tasks? This cannot be undone.</source>
        <translation>Удалить клиента «{name}» окончательно, вместе с контактами, историей, сделками и задачами? Отменить это будет нельзя.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You may not delete clients; Del archives them instead.</source>
        <translation>У вас нет права удалять клиентов; Del переносит их в архив.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may not change clients, so you cannot archive them.</source>
        <translation>У вас нет права изменять клиентов, поэтому переносить их в архив нельзя.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You may not create clients.</source>
        <extracomment>app.security.MyRights of the login, set by the main window after connecting (None: unknown)</extracomment>
        <translation>У вас нет права создавать клиентов.</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../ui/dialogs/columns.py" line="+40"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked columns are shown, from top to bottom as left to right. Drag to reorder.</source>
        <translation>Отмеченные колонки показываются в списке слева направо в порядке сверху вниз. Порядок меняется перетаскиванием.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;По умолчанию</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+33"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{what}&lt;/b&gt; was changed by &lt;b&gt;{who}&lt;/b&gt; at {when} after you opened it.</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt;: после того как вы открыли запись, в неё внесены изменения (&lt;b&gt;{who}&lt;/b&gt;, {when}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record</source>
        <translation>Эта запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed there: {fields}.</source>
        <translation>Изменены поля: {fields}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload: discard your edits and show their version.
Overwrite: save your version over theirs.
Copy my changes: put your edits on the clipboard, then reload.</source>
        <translation>Перечитать: отменить ваши правки и показать сохранённую версию.
Записать поверх: сохранить вашу версию вместо сохранённой.
Копировать мои изменения: поместить ваши правки в буфер обмена и перечитать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Записать поверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy my changes</source>
        <translation>&amp;Копировать мои изменения</translation>
    </message>
</context>
<context>
    <name>ConnectionProfilesDialog</name>
    <message>
        <location filename="../../ui/dialogs/connection_profiles.py" line="+36"/>
        <source>Database file on this computer (embedded)</source>
        <extracomment>(mode, label) in combo order</extracomment>
        <translation>Файл базы данных на этом компьютере (встроенный сервер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server on the local network</source>
        <translation>Сервер в локальной сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server over the Internet or a slow link (compressed)</source>
        <translation>Сервер через Интернет или медленный канал (со сжатием)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Firebird database file (*.fdb) on this computer.
Only one program can have it open at a time.</source>
        <translation>Файл базы данных Firebird (*.fdb) на этом компьютере.
Открыть его одновременно может только одна программа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host/port:path-or-alias, for example
127.0.0.1/3050:/var/lib/firebird/data/crm.fdb
The connection is encrypted.</source>
        <translation>сервер/порт:путь-или-псевдоним, например
127.0.0.1/3050:/var/lib/firebird/data/crm.fdb
Соединение шифруется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host/port:path-or-alias, for example
crm.example.com/3050:crm
The connection is encrypted and compressed, which helps on slow links.</source>
        <translation>сервер/порт:путь-или-псевдоним, например
crm.example.com/3050:crm
Соединение шифруется и сжимается, что помогает на медленных каналах.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Connect</source>
        <extracomment>(original as loaded or None when new, the edited copy) removed saved profiles (their keyring entries go on save)</extracomment>
        <translation>Под&amp;ключиться</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>New connection</source>
        <translation>Новое подключение</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a database file</source>
        <translation>Выбор файла базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firebird databases (*.fdb *.FDB);;All files (*)</source>
        <translation>Базы данных Firebird (*.fdb *.FDB);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C:\Users\me\Documents\crm.fdb</source>
        <translation>C:\Users\me\Documents\crm.fdb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please give the connection a name.</source>
        <translation>Укажите название подключения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a connection named &quot;{name}&quot;.</source>
        <translation>Подключение с названием «{name}» уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the database for &quot;{name}&quot;.</source>
        <translation>Укажите базу данных для подключения «{name}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{target}&quot; is not a database file or server address.</source>
        <translation>«{target}» — не файл базы данных и не адрес сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{target}&quot; is a server address. Choose a server connection type for it.</source>
        <translation>«{target}» — адрес сервера. Выберите для него тип подключения к серверу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server as host/port:path-or-alias, for example 127.0.0.1/3050:/var/lib/firebird/data/crm.fdb.</source>
        <translation>Укажите сервер в виде сервер/порт:путь-или-псевдоним, например 127.0.0.1/3050:/var/lib/firebird/data/crm.fdb.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>&amp;Saved connections:</source>
        <translation>&amp;Сохранённые подключения:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новое</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>optional, e.g. CRM_MANAGER</source>
        <translation>необязательно, например CRM_MANAGER</translation>
    </message>
    <message>
        <source>Re&amp;member the password (kept in the system keyring)</source>
        <translation>&amp;Запомнить пароль (хранится в системном хранилище паролей)</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <location filename="../../ui/connect.py" line="+89"/>
        <source>Creating the database</source>
        <extracomment>Demo clients created on the very first start of the embedded default database (tests lower it). ``ConnectionFailed.kind`` for a rejected login (``db.engine.ERR_AUTH``; ui does not import db).</extracomment>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot open the database</source>
        <extracomment>a database is open: (profile, ConnectionInfo) opening started (the window clears its lists and says &quot;Connecting…&quot;): profile opening failed; no database is open now the user chose to quit (or cancelled) while no database was ever open the open profile (None while not connected) profile name -&gt; rejected logins in a row (reset when that profile connects)</extracomment>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Подключения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cl&amp;ose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;{target}&quot; is not a database file or server address.</source>
        <translation>«{target}» — не файл базы данных и не адрес сервера.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing the demo database for the first start…</source>
        <translation>Подготовка демонстрационной базы к первому запуску…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to {name}…</source>
        <translation>Подключение к {name}…</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/settings/custom_fields.py" line="+53"/>
        <source>Clients</source>
        <extracomment>CUSTOM_FIELD_DEFS.ENTITY -&gt; the records whose fields are shown</extracomment>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text</source>
        <extracomment>CUSTOM_FIELD_DEFS.KIND -&gt; the word shown for it</extracomment>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check box</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom Fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extra fields shown on the cards, in this order. A required field must be filled in before a card can be saved.</source>
        <translation>Дополнительные поля карточек, в этом порядке. Обязательное поле нужно заполнить, иначе карточку не сохранить.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fields of:</source>
        <translation>&amp;Поля для:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields cannot be deleted; they can be renamed.</source>
        <translation>Поля нельзя удалять; их можно переименовать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the field earlier on the cards</source>
        <translation>Показывать поле в карточках раньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the field later on the cards</source>
        <translation>Показывать поле в карточках позже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields cannot be deleted (the values on the cards would be lost); they can be renamed.</source>
        <translation>Поля нельзя удалять (значения в карточках были бы потеряны); их можно переименовать.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code: {code}</source>
        <translation>Код: {code}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomTab</name>
    <message>
        <location filename="../../ui/cards/client_card/custom_tab.py" line="+80"/>
        <source>Required</source>
        <extracomment>definitions and values are shown (the card takes them into its unchanged state)</extracomment>
        <translation>Обязательное</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="+86"/>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DuplicatesWatcher</name>
    <message numerus="yes">
        <location filename="../../ui/cards/client_card/duplicates.py" line="+72"/>
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Possible duplicates:&lt;/b&gt; {links}{more}</source>
        <translation>&lt;b&gt;Возможные дубли:&lt;/b&gt; {links}{more}</translation>
    </message>
</context>
<context>
    <name>EmailListEditor</name>
    <message>
        <location filename="../../ui/cards/client_card/item_lists.py" line="+194"/>
        <source>+ Add e-mail</source>
        <translation>+ Добавить e-mail</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="+40"/>
        <source>Kartoteka CRM</source>
        <translation>Kartoteka CRM</translation>
    </message>
</context>
<context>
    <name>FieldEditDialog</name>
    <message>
        <location filename="../../ui/settings/custom_fields.py" line="+102"/>
        <source>Add Field</source>
        <translation>Новое поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Field “{label}”</source>
        <translation>Поле «{label}»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made from the name if left empty</source>
        <translation>Если пусто — из названия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field&apos;s name in reports and imports: Latin letters, digits, _</source>
        <translation>Имя поля в отчётах и при импорте: латинские буквы, цифры, _</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The type of a saved field cannot be changed: its values are stored by type.</source>
        <translation>Тип сохранённого поля изменить нельзя: значения хранятся по типу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Required: a card cannot be saved without it</source>
        <translation>&amp;Обязательное: без него карточку не сохранить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One choice per line</source>
        <translation>По одному варианту в строке</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoices:</source>
        <translation>&amp;Варианты:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../ui/cards/client_card/files_tab.py" line="+76"/>
        <source>Attaching {name}…</source>
        <translation>Прикрепление {name}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+20"/>
        <source>Cannot write {path}: {why}</source>
        <translation>Не удалось записать {path}: {why}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving {name}…</source>
        <translation>Сохранение {name}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="+51"/>
        <source>&amp;My clients</source>
        <translation>&amp;Мои клиенты</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+88"/>
        <source>Only clients you are responsible for</source>
        <translation>Только клиенты, за которых вы отвечаете</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only clients with this tag</source>
        <translation>Только клиенты с этим тегом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only clients with this classifier value</source>
        <translation>Только клиенты с этим значением классификатора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sleeping</source>
        <translation>&amp;Без контакта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact for this many days (or never)</source>
        <translation>Не было контакта столько дней (или не было вовсе)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;No next step</source>
        <translation>Без следующего &amp;шага</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients without a planned next step</source>
        <translation>Клиенты без запланированного следующего шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived</source>
        <translation>Показать а&amp;рхивные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include archived clients</source>
        <translation>Показывать и архивных клиентов</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Your login has no CRM user, so no clients are yours</source>
        <translation>Вашему логину не сопоставлен пользователь CRM, поэтому своих клиентов у вас нет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag #{id}</source>
        <translation>Тег №{id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any classifier</source>
        <translation>Любой классификатор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value #{id}</source>
        <translation>Значение №{id}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status: any</source>
        <translation>Статус: любой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {list}</source>
        <translation>Статус: {list}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Статус: выбран %n</numerusform>
            <numerusform>Статус: выбрано %n</numerusform>
            <numerusform>Статус: выбрано %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients of any status</source>
        <translation>Клиенты с любым статусом</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../ui/cards/client_card/header.py" line="+90"/>
        <source>— nobody —</source>
        <extracomment>the user picked another status in the combo (a status code)</extracomment>
        <translation>— не назначен —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>source: {source}</source>
        <translation>источник: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status since {when}</source>
        <translation>статус с {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new client: fill in the name and a phone or e-mail, then save with Ctrl+S.</source>
        <translation>Новый клиент: заполните наименование и телефон или e-mail, затем сохраните (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last contact {contact} · Last attempt {attempt} · Next step {next} · Open deals {n} / {amount}</source>
        <translation>Последний контакт {contact} · Последняя попытка {attempt} · Следующий шаг {next} · Открытые сделки {n} / {amount}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no tags</source>
        <translation>нет тегов</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <location filename="../../ui/cards/client_card/history_tab.py" line="+74"/>
        <source>%n interaction(s) shown</source>
        <translation>
            <numerusform>Показано %n взаимодействие</numerusform>
            <numerusform>Показано %n взаимодействия</numerusform>
            <numerusform>Показано %n взаимодействий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
            <numerusform>%n взаимодействий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../ui/dialogs/idle_lock.py" line="+113"/>
        <source>Kartoteka CRM — Locked</source>
        <translation>Kartoteka CRM — заблокировано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Kartoteka is locked&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kartoteka заблокирована&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kartoteka was locked after a period without use. Enter the password of &lt;b&gt;{user}&lt;/b&gt; to continue; nothing you were doing is lost.</source>
        <translation>Kartoteka заблокирована после периода бездействия. Чтобы продолжить, введите пароль пользователя &lt;b&gt;{user}&lt;/b&gt;; ничего из начатого не потеряно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kartoteka was locked after a period without use. Click Unlock to continue as &lt;b&gt;{user}&lt;/b&gt;; nothing you were doing is lost.</source>
        <translation>Kartoteka заблокирована после периода бездействия. Нажмите «Разблокировать», чтобы продолжить как &lt;b&gt;{user}&lt;/b&gt;; ничего из начатого не потеряно.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please wait a few seconds: the server slows down repeated failures.</source>
        <translation>Подождите несколько секунд: после неудачных попыток сервер замедляет вход.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrong password. Kartoteka stays locked.</source>
        <translation>Неверный пароль. Kartoteka остаётся заблокированной.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password could not be checked: {error}</source>
        <translation>Не удалось проверить пароль: {error}</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/dialogs/interaction.py" line="+42"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>Автоответчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Состоялась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interested</source>
        <translation>Есть интерес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>Нет интереса</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Outgoing</source>
        <extracomment>results offered per kind, the default first (a note has none) kinds with a duration Saved</extracomment>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— the client —</source>
        <translation>— клиент —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was it about (Enter saves)</source>
        <translation>О чём шла речь (Enter — сохранить)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details (Ctrl+Enter saves)</source>
        <translation>Подробности (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>Контактное &amp;лицо:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Тек&amp;ст:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{kind} — {client}</source>
        <translation>{kind} — {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="+49"/>
        <source>Connect to &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{target}</source>
        <extracomment>Failed logins in a row after which the prompt warns that the server will make the next try wait.</extracomment>
        <translation>Подключение к &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{target}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connect</source>
        <translation>Под&amp;ключиться</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password (kept in the system keyring)</source>
        <translation>&amp;Запомнить пароль (хранится в системном хранилище паролей)</translation>
    </message>
    <message>
        <source>Please wait a few seconds: the server slows down repeated failures.</source>
        <translation>Подождите несколько секунд: после неудачных попыток сервер замедляет вход.</translation>
    </message>
</context>
<context>
    <name>MainTab</name>
    <message>
        <location filename="../../ui/cards/client_card/main_tab.py" line="+85"/>
        <source>— not set —</source>
        <extracomment>draft field → line edit name in the form the name was edited (the header and the window title follow it)</extracomment>
        <translation>— не указан —</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+41"/>
        <location line="+122"/>
        <source>Kartoteka CRM</source>
        <translation>Kartoteka CRM</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+54"/>
        <location line="+45"/>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Connecting to {name}…</source>
        <translation>Подключение к {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{profile} — Kartoteka CRM</source>
        <translation>{profile} — Kartoteka CRM</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Changes saved on other workstations appear here by themselves</source>
        <translation>Изменения, сохранённые на других рабочих местах, появляются здесь сами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database file on this computer: only this program changes it</source>
        <translation>Файл базы данных на этом компьютере: его меняет только эта программа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Kartoteka CRM</source>
        <translation>О программе Kartoteka CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Kartoteka CRM {version}&lt;/h3&gt;&lt;p&gt;A desktop CRM on a shared Firebird database.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt for Python {qt}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kartoteka CRM {version}&lt;/h3&gt;&lt;p&gt;Настольная CRM-система на общей базе данных Firebird.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt for Python {qt}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PhoneListEditor</name>
    <message>
        <location filename="../../ui/cards/client_card/item_lists.py" line="-8"/>
        <source>+ Add phone</source>
        <translation>+ Добавить телефон</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <location filename="../../ui/refresh.py" line="+180"/>
        <source>Live updates off</source>
        <extracomment>At most one remote refresh per this many milliseconds (ARCHITECTURE: &quot;debounced refresh&quot;). While the event channel is down, open screens re-read themselves this often (a light poll). Live-update states (the status bar words them). the live-update state changed: one of OFF, STARTING, ON, DOWN bumped by start/stop: events of an old listener are dropped</extracomment>
        <translation>Автообновление выключено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates: connecting…</source>
        <translation>Автообновление: подключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates on</source>
        <translation>Автообновление включено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates: reconnecting…</source>
        <translation>Автообновление: переподключение…</translation>
    </message>
</context>
<context>
    <name>RightsMatrixDialog</name>
    <message>
        <location filename="../../ui/settings/rights_matrix.py" line="+269"/>
        <location line="+141"/>
        <source>Rights</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>What each role may do with each kind of record and which report categories it may use. Export, print and reports are honoured by Kartoteka and written to the audit trail; everything else is enforced by the database server.</source>
        <translation>Что может каждая роль с каждым видом записей и какие группы отчётов ей доступны. Выгрузку, печать и отчёты ограничивает сама Kartoteka и записывает в журнал аудита; всё остальное обеспечивает сервер базы данных.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved changes take effect at each user&apos;s next login.</source>
        <translation>Сохранённые изменения вступают в силу при следующем входе каждого пользователя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset to &amp;Defaults</source>
        <translation>&amp;По умолчанию</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Saving the rights…</source>
        <translation>Сохранение прав доступа…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Users get the new rights at their next login.</source>
        <translation>Сохранено. Пользователи получат новые права при следующем входе.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The default rights are shown. Save to apply them.</source>
        <translation>Показаны права по умолчанию. Сохраните, чтобы применить их.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The rights were changed but not saved. Close without saving?</source>
        <translation>Права изменены, но не сохранены. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>RightsModel</name>
    <message>
        <location line="-349"/>
        <source>View</source>
        <extracomment>(RightsRow attribute, column title) in column order</extracomment>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports A: client base</source>
        <extracomment>what a report row can grant (a report is read, exported or printed, never written) report categories of shared/REPORTS.md; the report registry does not name them yet, so the editor does (move them to the registry when it arrives)</extracomment>
        <translation>Отчёты A: клиентская база</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports B: dates and occasions</source>
        <translation>Отчёты B: даты и события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports C: activity and interactions</source>
        <translation>Отчёты C: активность и взаимодействия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports D: funnel and deals</source>
        <translation>Отчёты D: воронка и сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports E: sales and money</source>
        <translation>Отчёты E: продажи и деньги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports F: plan, fact and KPI</source>
        <translation>Отчёты F: план, факт и KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports G: products and price</source>
        <translation>Отчёты G: товары и цены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports H: printable documents</source>
        <translation>Отчёты H: печатные документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports I: data quality</source>
        <translation>Отчёты I: качество данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports J: security and audit</source>
        <translation>Отчёты J: безопасность и аудит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports K: management summaries</source>
        <translation>Отчёты K: сводки для руководства</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Administrators always view and edit clients.</source>
        <extracomment>(role, entity, action) the server refuses to take away (app.security.save_rights)</extracomment>
        <translation>Администраторы всегда просматривают и изменяют клиентов.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="+37"/>
        <source>Search: name, phone, INN, e-mail, contact…</source>
        <extracomment>Quiet time after the last key before the query goes out.</extracomment>
        <translation>Поиск: наименование, телефон, ИНН, e-mail, контакт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find clients by name, legal name, INN, phone in any format, e-mail or contact person (Ctrl+F). Esc clears.</source>
        <translation>Поиск клиентов по наименованию, полному наименованию, ИНН, телефону в любом формате, e-mail или контактному лицу (Ctrl+F). Esc очищает строку.</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../../ui/errors.py" line="-12"/>
        <source>Something went wrong inside Kartoteka: {error}

Your data in the database is safe. If this happens again, send the details below to your administrator.</source>
        <translation>Внутренняя ошибка Kartoteka: {error}

Ваши данные в базе в сохранности. Если ошибка повторится, отправьте подробности ниже администратору.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Latin letters, digits and _, e.g. IVANOV</source>
        <translation>латинские буквы, цифры и _, например IVANOV</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>&amp;Видит:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Повтор п&amp;ароля:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_roles.py" line="+285"/>
        <source>Add User</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password must have at least {n} characters. Give it to the user in person.</source>
        <translation>Пароль должен содержать не менее {n} символов. Передайте его пользователю лично.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An embedded database has no passwords: the user is recorded with a role and what they see.</source>
        <translation>У встроенной базы данных нет паролей: для пользователя записываются роль и доступные ему записи.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change Role of {login}</source>
        <translation>Смена роли {login}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change Role</source>
        <translation>&amp;Изменить роль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new role takes effect at the user&apos;s next login; what they see changes at once.</source>
        <translation>Новая роль вступит в силу при следующем входе пользователя; доступные ему записи меняются сразу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Password for {login}</source>
        <translation>Новый пароль для {login}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set Password</source>
        <translation>&amp;Установить пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least {n} characters. It works from the user&apos;s next login.</source>
        <translation>Пароль должен содержать не менее {n} символов. Он действует со следующего входа пользователя.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <location line="-374"/>
        <source>All records</source>
        <extracomment>visibility scope code -&gt; what the user then sees (CRM_USERS.SCOPE)</extracomment>
        <translation>Все записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own department</source>
        <translation>Записи своего отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own records</source>
        <translation>Только свои записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, disabled</source>
        <translation>Нет, отключён</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sees</source>
        <translation>Видит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is an embedded database on this computer: it has no passwords. A user here records a role and what the person sees; a new role takes effect at the next login.</source>
        <translation>Это встроенная база данных на этом компьютере: паролей у неё нет. Пользователь здесь задаёт роль и доступные человеку записи; новая роль вступает в силу при следующем входе.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пользователь</numerusform>
            <numerusform>%n пользователя</numerusform>
            <numerusform>%n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Disable User</source>
        <translation>Отключение пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable {login} ({name})?

The login stops working at once and the user sees no records any more. Their clients, deals and history stay in the database.</source>
        <translation>Отключить {login} ({name})?

Логин сразу перестанет работать, и пользователь больше не увидит ни одной записи. Его клиенты, сделки и история останутся в базе данных.</translation>
    </message>
    <message>
        <source>Users and Roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>Every user is a login on the database server with one role. A new role takes effect at the user&apos;s next login; disabling a user takes effect at once.</source>
        <translation>Каждый пользователь — это логин на сервере базы данных с одной ролью. Новая роль вступает в силу при следующем входе пользователя, отключение — сразу.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
</context>
<context>
    <name>ViewSelector</name>
    <message>
        <location filename="../../ui/lists/client_views.py" line="+36"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My clients</source>
        <translation>Мои клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping 60 days</source>
        <translation>Без контакта 60 дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No next step</source>
        <translation>Без следующего шага</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>View name:</source>
        <translation>Название вида:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;View:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved filters, columns and sort order</source>
        <translation>Сохранённые фильтры, колонки и сортировка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save, rename or delete views</source>
        <translation>Сохранить, переименовать или удалить вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save view</source>
        <translation>&amp;Сохранить вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save view &amp;as…</source>
        <translation>Сохранить вид &amp;как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename view…</source>
        <translation>&amp;Переименовать вид…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Удалить вид</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{view} (changed)</source>
        <translation>{view} (изменён)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save view as</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save view</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A view named “{name}” exists. Replace it?</source>
        <translation>Вид «{name}» уже есть. Заменить его?</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Rename view</source>
        <translation>Переименование вида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A view named “{name}” exists already.</source>
        <translation>Вид «{name}» уже есть.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete view</source>
        <translation>Удаление вида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the view “{name}”?</source>
        <translation>Удалить вид «{name}»?</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/ops.py" line="+91"/>
        <source>Not connected to a database. Use File &gt; Connect… to open one.</source>
        <extracomment>Work shorter than this shows nothing at all (no flashing dialogs or cursors). Progress callbacks are forwarded to the GUI at most this often (a tight loop would flood it). &quot;ctx&quot;: fn(ctx, *args) | &quot;open&quot;: fn(*args) -&gt; AppContext | &quot;close&quot; &quot;close&quot; only: called on the worker afterwards the open AppContext; touched only on the worker thread</extracomment>
        <translation>Нет подключения к базе данных. Откройте её командой Файл &gt; Подключиться…</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../ui/dialogs/idle_lock.py" line="-112"/>
        <source>Kartoteka is locked</source>
        <extracomment>settings key (per user, :func:`ui.state.settings`): minutes of inactivity before locking; 0 = never wrong passwords in a row after which the dialog warns that the server will make the next try wait events that count as &quot;the user is here&quot;</extracomment>
        <translation>Kartoteka заблокирована</translation>
    </message>
</context>
<context>
    <name>_PhoneRow</name>
    <message>
        <location filename="../../ui/cards/client_card/item_lists.py" line="-116"/>
        <source>ext.</source>
        <translation>доб.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location line="-29"/>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The main one: shown in lists and used first</source>
        <translation>Основной: показывается в списках и используется в первую очередь</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+31"/>
        <source>&amp;Connect…</source>
        <extracomment>dotted, stable (settings and tests refer to it) QT_TRANSLATE_NOOP(&quot;actions&quot;, …); &quot;&amp;&quot; marks the mnemonic name in resources/icons status tip, QT_TRANSLATE_NOOP(&quot;actions&quot;, …)</extracomment>
        <translation>&amp;Подключиться…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another database or server connection</source>
        <translation>Открыть другую базу данных или подключение к серверу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Kartoteka CRM</source>
        <translation>Закрыть Kartoteka CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the list from the database</source>
        <translation>Перечитать список из базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kartoteka CRM</source>
        <translation>&amp;О программе Kartoteka CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and connection details</source>
        <translation>Версия программы и сведения о подключении</translation>
    </message>
    <message>
        <location filename="../../ui/cards/manager.py" line="+25"/>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an empty card for a new client</source>
        <translation>Открыть пустую карточку для нового клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open client card</source>
        <translation>&amp;Открыть карточку клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the card of the client selected in the list</source>
        <translation>Открыть карточку клиента, выбранного в списке</translation>
    </message>
</context>
<context>
    <name>app.cli</name>
    <message>
        <location filename="../../app/cli.py" line="+23"/>
        <source>connection</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database file, or server DSN host/port:path-or-alias (default: the embedded demo database)</source>
        <translation>файл базы данных или адрес сервера сервер/порт:путь-или-псевдоним (по умолчанию — встроенная демонстрационная база)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firebird user (default: $KARTOTEKA_USER or SYSDBA)</source>
        <translation>пользователь Firebird (по умолчанию $KARTOTEKA_USER или SYSDBA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the password from the first line of standard input</source>
        <translation>прочитать пароль из первой строки стандартного ввода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL role to connect with (default: the login&apos;s CRM role)</source>
        <translation>SQL-роль для подключения (по умолчанию — CRM-роль логина)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slow link: turn on wire compression</source>
        <translation>медленный канал: включить сжатие трафика</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kartoteka CRM. Without a command, starts the desktop client.</source>
        <translation>Kartoteka CRM. Без команды запускает настольный клиент.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the desktop client (the default)</source>
        <translation>запустить настольный клиент (по умолчанию)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create a new database with the current schema</source>
        <translation>создать новую базу данных с текущей схемой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace an existing database</source>
        <translation>заменить существующую базу данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also fill it with N demo clients</source>
        <translation>заодно заполнить её N демонстрационными клиентами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upgrade a database to this program&apos;s schema</source>
        <translation>обновить базу данных до схемы этой версии программы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add realistic demo data</source>
        <translation>добавить правдоподобные демонстрационные данные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number of clients (default 1000)</source>
        <translation>количество клиентов (по умолчанию 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (default 1)</source>
        <translation>начальное значение генератора случайных чисел (по умолчанию 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>engine version, schema version and row counts</source>
        <translation>версия сервера, версия схемы и количество строк</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check connectivity and schema health</source>
        <translation>проверить подключение и состояние схемы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manage CRM users (Firebird logins); connects as $KARTOTEKA_USER/$KARTOTEKA_PASSWORD (SYSDBA or RDB$ADMIN)</source>
        <translation>управление пользователями CRM (логинами Firebird); подключается как $KARTOTEKA_USER/$KARTOTEKA_PASSWORD (SYSDBA или RDB$ADMIN)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create a user with a role</source>
        <translation>создать пользователя с ролью</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>department name (created if new)</source>
        <translation>название отдела (создаётся, если его нет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s name as shown in the CRM</source>
        <translation>имя человека, как оно показывается в CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record visibility (default from the role)</source>
        <translation>видимость записей (по умолчанию — по роли)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the NEW user&apos;s password from standard input</source>
        <translation>прочитать пароль НОВОГО пользователя из стандартного ввода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list users</source>
        <translation>список пользователей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock a user out</source>
        <translation>отключить пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a user&apos;s password</source>
        <translation>задать пароль пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the new password from standard input</source>
        <translation>прочитать новый пароль из стандартного ввода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change a user&apos;s role (effective at the next login)</source>
        <translation>сменить роль пользователя (действует со следующего входа)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Created {target}</source>
        <translation>Создана база {target}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Schema is current ({rev})</source>
        <translation>Схема актуальна ({rev})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema upgraded from {before} to {after}</source>
        <translation>Схема обновлена с {before} до {after}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo data added in {sec:.1f} s: {summary}</source>
        <translation>Демонстрационные данные добавлены за {sec:.1f} с: {summary}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>connected: {info}</source>
        <translation>подключено: {info}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check failed</source>
        <translation>проверка не пройдена</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>User {login} ({role}, scope {scope}) is ready</source>
        <translation>Пользователь {login} ({role}, видимость {scope}) готов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User {login} is disabled</source>
        <translation>Пользователь {login} отключён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of {login} changed</source>
        <translation>Пароль пользователя {login} изменён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User {login} now has role {role} (from the next login)</source>
        <translation>Пользователю {login} назначена роль {role} (со следующего входа)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no graphical display here; run the desktop client in a desktop session (or see &apos;kartoteka --help&apos; for the commands)</source>
        <translation>здесь нет графического экрана: запустите программу в сеансе рабочего стола (команды: &apos;kartoteka --help&apos;)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
</context>
<context>
    <name>app.clients</name>
    <message>
        <location filename="../../app/clients.py" line="+318"/>
        <location line="+516"/>
        <source>This client no longer exists (deleted or merged by another user).</source>
        <extracomment>values of the custom-field columns asked for, in order None when this was the last page Scalar fields of a draft that map 1:1 to CLIENTS columns. custom field id → value; None = not loaded/not edited (then stored values are left alone) the version the user saw; None for a new client the editable part, as loaded (keep a copy as the &quot;original&quot; for saves) (id, name, colour) (classifier, value) &quot;phone&quot;, &quot;email&quot;, &quot;inn&quot;, &quot;name&quot; a digit search starts at 3 digits (fewer would read most of SEARCH_KEYS)
----------
Sort keys :func:`list_clients_page` accepts (the list&apos;s sortable columns). Client statuses in lifecycle order (the list&apos;s status filter). CRM_USERS.ID of the connected login (None: no CRM user row) active users (id, full name) by name (id, name, colour) by name client custom fields (possible list columns) (value id, &quot;Classifier: value&quot;)</extracomment>
        <translation>Этого клиента больше нет (другой пользователь удалил его или объединил с другим).</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose company or person.</source>
        <translation>Выберите: юридическое или физическое лицо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+323"/>
        <source>Unknown status {s}.</source>
        <translation>Неизвестный статус {s}.</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note is too long ({n} characters, at most {max}).</source>
        <translation>Заметка слишком длинная ({n} символов, допускается не более {max}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact name</source>
        <translation>ФИО контактного лица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>This client was deleted by another user; your changes can be saved as a new client.</source>
        <translation>Этот клиент удалён другим пользователем; ваши изменения можно сохранить как нового клиента.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>This client no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You may not delete clients; archive it instead.</source>
        <translation>У вас нет права удалять клиентов; перенесите клиента в архив.</translation>
    </message>
</context>
<context>
    <name>app.context</name>
    <message>
        <location filename="../../app/context.py" line="+37"/>
        <source>Embedded file {path}</source>
        <extracomment>embedded | lan | wan the file path or the server DSN</extracomment>
        <translation>Встроенная база {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server {dsn}</source>
        <translation>Сервер {dsn}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encrypted</source>
        <translation>шифрование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>сжатие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} · user {user} · Firebird {version}{tail}</source>
        <translation>{where} · пользователь {user} · Firebird {version}{tail}</translation>
    </message>
</context>
<context>
    <name>app.custom_fields</name>
    <message>
        <location filename="../../app/custom_fields.py" line="+72"/>
        <source>“{label}” is required.</source>
        <translation>Заполните поле «{label}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{label}” is too long (at most 1000 characters).</source>
        <translation>Значение «{label}» слишком длинное (не более 1000 символов).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{label}” must be a number.</source>
        <translation>В поле «{label}» должно быть число.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{label}” must be a date.</source>
        <translation>В поле «{label}» должна быть дата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a value of “{label}” from the list.</source>
        <translation>Выберите значение поля «{label}» из списка.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the field a name.</source>
        <translation>Укажите название поля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of the field.</source>
        <translation>Выберите тип поля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list field needs at least one choice.</source>
        <translation>Для поля-списка нужен хотя бы один вариант.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The field no longer exists.</source>
        <translation>Этого поля больше нет.</translation>
    </message>
</context>
<context>
    <name>app.database</name>
    <message>
        <location filename="../../app/database.py" line="+55"/>
        <source>The database {target} already exists (use --force to replace it).</source>
        <translation>База данных {target} уже существует (чтобы заменить её, укажите --force).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price too high</source>
        <translation>Слишком высокая цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chose a competitor</source>
        <translation>Выбрал конкурента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not our client</source>
        <translation>Не наш клиент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail campaign</source>
        <translation>E-mail-рассылка</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>schema revision {rev}: current</source>
        <translation>ревизия схемы {rev}: актуальна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema revision {rev}: expected {head}</source>
        <translation>ревизия схемы {rev}: ожидается {head}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing tables: {names}</source>
        <translation>отсутствуют таблицы: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all {n} tables present</source>
        <translation>все таблицы на месте ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inactive triggers: {names}</source>
        <translation>неактивные триггеры: {names}</translation>
    </message>
</context>
<context>
    <name>app.errors</name>
    <message>
        <location filename="../../app/errors.py" line="+49"/>
        <source>This record was changed by {user} at {when} after you opened it.</source>
        <translation>После того как вы открыли эту запись, в неё внесены изменения ({user}, {when}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database has no Kartoteka schema yet. An administrator can create it with &apos;kartoteka migrate&apos;.</source>
        <extracomment>``ConnectionFailed.kind`` values, re-exported so ``ui`` can tell them apart without importing db</extracomment>
        <translation>В базе данных ещё нет схемы Kartoteka. Администратор может создать её командой &apos;kartoteka migrate&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database was upgraded by a newer Kartoteka (schema {db}); this program understands {app}. Please install the newer version.</source>
        <translation>База данных обновлена более новой версией Kartoteka (схема {db}); эта программа поддерживает {app}. Установите новую версию.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database schema ({db}) is older than this program needs ({app}). An administrator can upgrade it with &apos;kartoteka migrate&apos;.</source>
        <translation>Схема базы данных ({db}) старее, чем нужно этой программе ({app}). Администратор может обновить её командой &apos;kartoteka migrate&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrong user name or password for {target}.</source>
        <translation>Неверное имя пользователя или пароль для {target}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Firebird server at {target} does not answer. Check that it is running and that the host and port are right.</source>
        <translation>Сервер Firebird {target} не отвечает. Проверьте, что он запущен и что адрес и порт указаны верно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database at {target}. Check the path or alias (the server&apos;s databases.conf).</source>
        <translation>По адресу {target} нет базы данных. Проверьте путь или псевдоним (databases.conf на сервере).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {target} is already open in another Kartoteka window or program. Close it there first: an embedded database can be used by one program at a time.</source>
        <translation>База данных {target} уже открыта в другом окне Kartoteka или другой программе. Сначала закройте её там: встроенной базой одновременно может пользоваться только одна программа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at {target} refused the encrypted connection. It must allow wire encryption (WireCrypt = Required or Enabled in firebird.conf).</source>
        <translation>Сервер {target} отклонил зашифрованное подключение. На нём должно быть разрешено шифрование трафика (WireCrypt = Required или Enabled в firebird.conf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to {target} was lost.</source>
        <translation>Соединение с {target} потеряно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the database {target}.</source>
        <translation>Не удалось открыть базу данных {target}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You have no right to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed: {why}</source>
        <translation>Запрещено: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database reported an error: {text}</source>
        <translation>База данных сообщила об ошибке: {text}</translation>
    </message>
</context>
<context>
    <name>app.files</name>
    <message>
        <location filename="../../app/files.py" line="+54"/>
        <source>The file has no name.</source>
        <extracomment>refuse larger files with a message (BLOB transfer over a WAN)</extracomment>
        <translation>У файла нет имени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large ({mb} MB, at most {max} MB).</source>
        <translation>Файл слишком большой ({mb} МБ, допускается не более {max} МБ).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The files folder {path} is not reachable; ask the administrator to check the &apos;files.disk_root&apos; setting.</source>
        <translation>Папка файлов {path} недоступна; попросите администратора проверить настройку &apos;files.disk_root&apos;.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This file was deleted by another user.</source>
        <translation>Этот файл удалён другим пользователем.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {name} is missing from the files folder {path}.</source>
        <translation>Файл {name} отсутствует в папке файлов {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} is damaged (its checksum does not match).</source>
        <translation>Файл {name} повреждён (контрольная сумма не совпадает).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file was already deleted.</source>
        <translation>Этот файл уже удалён.</translation>
    </message>
</context>
<context>
    <name>app.interactions</name>
    <message>
        <location filename="../../app/interactions.py" line="+41"/>
        <source>Choose the type of the interaction.</source>
        <extracomment>results that mean the client was not reached (the interaction is an attempt, not a contact) call outcomes that reached the client (a contact, not an attempt) None = now</extracomment>
        <translation>Выберите вид взаимодействия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction is incoming or outgoing.</source>
        <translation>Направление: входящее или исходящее.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration must be between 0 and 24 hours.</source>
        <translation>Длительность должна быть от 0 до 24 часов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is too long ({n} characters, at most {max}).</source>
        <translation>Текст слишком длинный ({n} символов, допускается не более {max}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите текст заметки.</translation>
    </message>
</context>
<context>
    <name>app.security</name>
    <message>
        <location filename="../../app/security.py" line="+26"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of sales</source>
        <translation>Руководитель отдела продаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Только просмотр</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clients and contacts</source>
        <extracomment>kind of record -&gt; the views its rights apply to (the first is the main one)</extracomment>
        <translation>Клиенты и контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unknown role {role}.</source>
        <extracomment>report categories of shared/REPORTS.md (client-side right + audit) CLIENT, INTERACTION, DEAL, TASK, FILE or REPORT:&lt;category&gt;</extracomment>
        <translation>Неизвестная роль {role}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrators must keep viewing and editing clients.</source>
        <translation>Администраторы должны сохранить права на просмотр и изменение клиентов.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only the database owner, SYSDBA or RDB$ADMIN can change grants.</source>
        <translation>Изменять права может только владелец базы данных, SYSDBA или RDB$ADMIN.</translation>
    </message>
</context>
<context>
    <name>app.users</name>
    <message>
        <location filename="../../app/users.py" line="+46"/>
        <source>A login is 1-31 Latin letters, digits or _, starting with a letter.</source>
        <extracomment>role -&gt; default visibility scope</extracomment>
        <translation>Логин — от 1 до 31 латинской буквы, цифры или _, начиная с буквы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password may not contain line breaks.</source>
        <translation>Пароль не может содержать переносы строк.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only SYSDBA or an administrator connected with the RDB$ADMIN role may manage logins.</source>
        <translation>Управлять логинами может только SYSDBA или администратор, подключившийся с ролью RDB$ADMIN.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown role {role}; use one of {roles}.</source>
        <translation>Неизвестная роль {role}; допустимые роли: {roles}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+21"/>
        <source>There is no user {login}.</source>
        <translation>Пользователя {login} нет.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>An embedded database has no passwords.</source>
        <translation>У встроенной базы данных нет паролей.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown role {role}.</source>
        <translation>Неизвестная роль {role}.</translation>
    </message>
</context>
<context>
    <name>app.validate</name>
    <message>
        <location filename="../../app/validate.py" line="+34"/>
        <source>Enter a phone number.</source>
        <extracomment>a note larger than this is refused with a message, never truncated international format for display, e.g. &quot;+7 495 123-45-67&quot; &quot;+74951234567&quot; search key (app.normalize.phone_key): &quot;4951234567&quot; for Russia, &quot;442079460000&quot; abroad</extracomment>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» — не номер телефона.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is not a valid phone number (check the digits and the code).</source>
        <translation>«{text}» — неправильный номер телефона (проверьте цифры и код).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter an e-mail address.</source>
        <translation>Введите адрес e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not a valid e-mail address: {why}</source>
        <translation>«{text}» — неправильный адрес e-mail: {why}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A company&apos;s INN has 10 digits.</source>
        <translation>ИНН организации состоит из 10 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person&apos;s INN has 12 digits.</source>
        <translation>ИНН физического лица состоит из 12 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An INN has 10 or 12 digits.</source>
        <translation>ИНН состоит из 10 или 12 цифр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INN {inn}: the check digit is wrong (a typo?).</source>
        <translation>ИНН {inn}: неверное контрольное число (опечатка?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A KPP has 9 characters: 4 digits, 2 digits or letters, 3 digits.</source>
        <translation>КПП состоит из 9 знаков: 4 цифры, 2 цифры или буквы, 3 цифры.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OGRN must have 13 (or 15 for an entrepreneur) digits with a valid check digit.</source>
        <translation>ОГРН должен содержать 13 цифр (15 для ИП) с верным контрольным числом.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} is required.</source>
        <translation>Заполните поле «{label}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>{label} is too long ({n} characters, at most {max}).</source>
        <translation>Значение «{label}» слишком длинное ({n} символов, допускается не более {max}).</translation>
    </message>
</context>
</TS>
