"""Aligned demo phrases: headlines, paragraphs, sections, cities and tags in de, en, ru and az.

Every entry says the same thing in each language, so a story generated from one template
reads as a translation in the other editions. Templates are filled with str.format and
three slots: city (the bare name), city_in (the place as a location) and n (2 to 60);
every sentence is written to stay grammatical for any city and any number in that range.
"""

LANGUAGES = ("de", "en", "ru", "az")

# section key -> language -> (title, slug); slugs are ASCII, lowercase, transliterated.
SECTIONS = {
    "politics": {
        "de": ("Politik", "politik"),
        "en": ("Politics", "politics"),
        "ru": ("Политика", "politika"),
        "az": ("Siyasət", "siyaset"),
    },
    "economy": {
        "de": ("Wirtschaft", "wirtschaft"),
        "en": ("Economy", "economy"),
        "ru": ("Экономика", "ekonomika"),
        "az": ("İqtisadiyyat", "iqtisadiyyat"),
    },
    "society": {
        "de": ("Gesellschaft", "gesellschaft"),
        "en": ("Society", "society"),
        "ru": ("Общество", "obshchestvo"),
        "az": ("Cəmiyyət", "cemiyyet"),
    },
    "world": {
        "de": ("Welt", "welt"),
        "en": ("World", "world"),
        "ru": ("В мире", "v-mire"),
        "az": ("Dünya", "dunya"),
    },
    "culture": {
        "de": ("Kultur", "kultur"),
        "en": ("Culture", "culture"),
        "ru": ("Культура", "kultura"),
        "az": ("Mədəniyyət", "medeniyyet"),
    },
    "sport": {
        "de": ("Sport", "sport"),
        "en": ("Sport", "sport"),
        "ru": ("Спорт", "sport"),
        "az": ("İdman", "idman"),
    },
}

# Places: the bare name and the form that says "in <place>" in each language
# (Russian prepositional case, Azerbaijani locative suffix).
CITIES = [
    {
        "de": {"name": "Baku", "in": "in Baku"},
        "en": {"name": "Baku", "in": "in Baku"},
        "ru": {"name": "Баку", "in": "в Баку"},
        "az": {"name": "Bakı", "in": "Bakıda"},
    },
    {
        "de": {"name": "Gandscha", "in": "in Gandscha"},
        "en": {"name": "Ganja", "in": "in Ganja"},
        "ru": {"name": "Гянджа", "in": "в Гяндже"},
        "az": {"name": "Gəncə", "in": "Gəncədə"},
    },
    {
        "de": {"name": "Sumgait", "in": "in Sumgait"},
        "en": {"name": "Sumgait", "in": "in Sumgait"},
        "ru": {"name": "Сумгаит", "in": "в Сумгаите"},
        "az": {"name": "Sumqayıt", "in": "Sumqayıtda"},
    },
    {
        "de": {"name": "Schuscha", "in": "in Schuscha"},
        "en": {"name": "Shusha", "in": "in Shusha"},
        "ru": {"name": "Шуша", "in": "в Шуше"},
        "az": {"name": "Şuşa", "in": "Şuşada"},
    },
    {
        "de": {"name": "Berlin", "in": "in Berlin"},
        "en": {"name": "Berlin", "in": "in Berlin"},
        "ru": {"name": "Берлин", "in": "в Берлине"},
        "az": {"name": "Berlin", "in": "Berlində"},
    },
    {
        "de": {"name": "Minsk", "in": "in Minsk"},
        "en": {"name": "Minsk", "in": "in Minsk"},
        "ru": {"name": "Минск", "in": "в Минске"},
        "az": {"name": "Minsk", "in": "Minskdə"},
    },
    {
        "de": {"name": "Tiflis", "in": "in Tiflis"},
        "en": {"name": "Tbilisi", "in": "in Tbilisi"},
        "ru": {"name": "Тбилиси", "in": "в Тбилиси"},
        "az": {"name": "Tbilisi", "in": "Tbilisidə"},
    },
    {
        "de": {"name": "Istanbul", "in": "in Istanbul"},
        "en": {"name": "Istanbul", "in": "in Istanbul"},
        "ru": {"name": "Стамбул", "in": "в Стамбуле"},
        "az": {"name": "İstanbul", "in": "İstanbulda"},
    },
    {
        "de": {"name": "Wien", "in": "in Wien"},
        "en": {"name": "Vienna", "in": "in Vienna"},
        "ru": {"name": "Вена", "in": "в Вене"},
        "az": {"name": "Vyana", "in": "Vyanada"},
    },
    {
        "de": {"name": "Astana", "in": "in Astana"},
        "en": {"name": "Astana", "in": "in Astana"},
        "ru": {"name": "Астана", "in": "в Астане"},
        "az": {"name": "Astana", "in": "Astanada"},
    },
    {
        "de": {"name": "Genf", "in": "in Genf"},
        "en": {"name": "Geneva", "in": "in Geneva"},
        "ru": {"name": "Женева", "in": "в Женеве"},
        "az": {"name": "Cenevrə", "in": "Cenevrədə"},
    },
    {
        "de": {"name": "Brüssel", "in": "in Brüssel"},
        "en": {"name": "Brussels", "in": "in Brussels"},
        "ru": {"name": "Брюссель", "in": "в Брюсселе"},
        "az": {"name": "Brüssel", "in": "Brüsseldə"},
    },
    {
        "de": {"name": "Taschkent", "in": "in Taschkent"},
        "en": {"name": "Tashkent", "in": "in Tashkent"},
        "ru": {"name": "Ташкент", "in": "в Ташкенте"},
        "az": {"name": "Daşkənd", "in": "Daşkənddə"},
    },
    {
        "de": {"name": "Prag", "in": "in Prag"},
        "en": {"name": "Prague", "in": "in Prague"},
        "ru": {"name": "Прага", "in": "в Праге"},
        "az": {"name": "Praqa", "in": "Praqada"},
    },
]

# section key -> aligned tag names, as each edition writes the tag.
TAGS = {
    "politics": [
        {"de": "Diplomatie", "en": "Diplomacy", "ru": "Дипломатия", "az": "Diplomatiya"},
        {"de": "Parlament", "en": "Parliament", "ru": "Парламент", "az": "Parlament"},
        {"de": "Wahlen", "en": "Elections", "ru": "Выборы", "az": "Seçkilər"},
        {"de": "Abkommen", "en": "Agreements", "ru": "Соглашения", "az": "Sazişlər"},
        {
            "de": "Kommunalpolitik",
            "en": "Local government",
            "ru": "Местное самоуправление",
            "az": "Yerli özünüidarə",
        },
    ],
    "economy": [
        {"de": "Handel", "en": "Trade", "ru": "Торговля", "az": "Ticarət"},
        {"de": "Energie", "en": "Energy", "ru": "Энергетика", "az": "Enerji"},
        {
            "de": "Landwirtschaft",
            "en": "Agriculture",
            "ru": "Сельское хозяйство",
            "az": "Kənd təsərrüfatı",
        },
        {"de": "Logistik", "en": "Logistics", "ru": "Логистика", "az": "Logistika"},
        {"de": "Tourismus", "en": "Tourism", "ru": "Туризм", "az": "Turizm"},
        {"de": "Mittelstand", "en": "Small business", "ru": "Малый бизнес", "az": "Kiçik biznes"},
    ],
    "society": [
        {"de": "Bildung", "en": "Education", "ru": "Образование", "az": "Təhsil"},
        {"de": "Gesundheit", "en": "Health", "ru": "Здравоохранение", "az": "Səhiyyə"},
        {
            "de": "Nahverkehr",
            "en": "Public transport",
            "ru": "Общественный транспорт",
            "az": "İctimai nəqliyyat",
        },
        {"de": "Umwelt", "en": "Environment", "ru": "Экология", "az": "Ekologiya"},
        {
            "de": "Infrastruktur",
            "en": "Infrastructure",
            "ru": "Инфраструктура",
            "az": "İnfrastruktur",
        },
        {"de": "Ehrenamt", "en": "Volunteering", "ru": "Волонтёрство", "az": "Könüllülük"},
    ],
    "world": [
        {"de": "Klima", "en": "Climate", "ru": "Климат", "az": "İqlim"},
        {"de": "Gipfeltreffen", "en": "Summits", "ru": "Саммиты", "az": "Sammitlər"},
        {
            "de": "Humanitäre Hilfe",
            "en": "Humanitarian aid",
            "ru": "Гуманитарная помощь",
            "az": "Humanitar yardım",
        },
        {
            "de": "Wasserressourcen",
            "en": "Water resources",
            "ru": "Водные ресурсы",
            "az": "Su ehtiyatları",
        },
        {
            "de": "Internationale Organisationen",
            "en": "International organisations",
            "ru": "Международные организации",
            "az": "Beynəlxalq təşkilatlar",
        },
    ],
    "culture": [
        {"de": "Musik", "en": "Music", "ru": "Музыка", "az": "Musiqi"},
        {"de": "Ausstellungen", "en": "Exhibitions", "ru": "Выставки", "az": "Sərgilər"},
        {"de": "Literatur", "en": "Literature", "ru": "Литература", "az": "Ədəbiyyat"},
        {"de": "Theater", "en": "Theatre", "ru": "Театр", "az": "Teatr"},
        {"de": "Film", "en": "Film", "ru": "Кино", "az": "Kino"},
        {"de": "Festivals", "en": "Festivals", "ru": "Фестивали", "az": "Festivallar"},
    ],
    "sport": [
        {"de": "Fußball", "en": "Football", "ru": "Футбол", "az": "Futbol"},
        {"de": "Schach", "en": "Chess", "ru": "Шахматы", "az": "Şahmat"},
        {"de": "Ringen", "en": "Wrestling", "ru": "Борьба", "az": "Güləş"},
        {"de": "Laufsport", "en": "Running", "ru": "Бег", "az": "Qaçış"},
        {"de": "Volleyball", "en": "Volleyball", "ru": "Волейбол", "az": "Voleybol"},
        {"de": "Gymnastik", "en": "Gymnastics", "ru": "Гимнастика", "az": "Gimnastika"},
    ],
}

# section key -> aligned story templates: headline, one-sentence lead, three paragraphs.
STORIES = {
    "politics": [
        {
            "de": {
                "headline": (
                    "Parlamentsausschuss berät {city_in} über Änderungen am Haushaltsentwurf"
                ),
                "lead": (
                    "Die Mitglieder eines Parlamentsausschusses sind am Dienstag "
                    "{city_in} zusammengekommen, um über geplante Änderungen am "
                    "Haushalt des kommenden Jahres zu beraten."
                ),
                "paragraphs": [
                    (
                        "Nach Angaben der Pressestelle des Ausschusses enthält der Entwurf {n} "
                        "Änderungsanträge verschiedener Fraktionen. Die meisten davon betreffen "
                        "Ausgaben für die regionale Infrastruktur."
                    ),
                    (
                        "Die Abgeordneten vereinbarten, die Beratungen in der nächsten Sitzung "
                        "fortzusetzen. Zuvor soll das Finanzministerium seine Einschätzung "
                        "vorlegen."
                    ),
                    (
                        "Billigt der Ausschuss den Text, wird er dem Plenum "
                        "zur ersten Lesung übergeben."
                    ),
                ],
            },
            "en": {
                "headline": (
                    "Parliamentary committee meets {city_in} to review draft budget amendments"
                ),
                "lead": (
                    "Members of a parliamentary committee met {city_in} on Tuesday to "
                    "discuss proposed changes to next year's budget."
                ),
                "paragraphs": [
                    (
                        "According to the committee's press office, the draft contains {n} "
                        "amendments submitted by different factions. Most of them concern "
                        "spending on regional infrastructure."
                    ),
                    (
                        "The deputies agreed to continue the discussion at their next session. "
                        "The finance ministry is expected to present its assessment beforehand."
                    ),
                    (
                        "If the committee approves the text, it will be sent to "
                        "the plenary for a first reading."
                    ),
                ],
            },
            "ru": {
                "headline": "Парламентский комитет {city_in} обсуждает поправки к проекту бюджета",
                "lead": (
                    "Члены парламентского комитета собрались во вторник {city_in}, чтобы "
                    "обсудить предлагаемые изменения в бюджете на следующий год."
                ),
                "paragraphs": [
                    (
                        "Как сообщили в пресс-службе комитета, поправки в проект внесли "
                        "разные фракции; их общее число — {n}. Большинство из них касается "
                        "расходов на региональную инфраструктуру."
                    ),
                    (
                        "Депутаты договорились продолжить обсуждение на следующем заседании. "
                        "Ожидается, что до этого министерство финансов представит своё "
                        "заключение."
                    ),
                    (
                        "Если комитет одобрит текст, он будет направлен на пленарное "
                        "заседание для рассмотрения в первом чтении."
                    ),
                ],
            },
            "az": {
                "headline": (
                    "{city_in} parlament komitəsi büdcə layihəsinə düzəlişləri müzakirə edir"
                ),
                "lead": (
                    "Parlament komitəsinin üzvləri çərşənbə axşamı {city_in} toplaşaraq gələn ilin "
                    "büdcəsinə təklif olunan dəyişiklikləri müzakirə ediblər."
                ),
                "paragraphs": [
                    (
                        "Komitənin mətbuat xidmətinin məlumatına görə, layihəyə müxtəlif "
                        "fraksiyalar tərəfindən {n} düzəliş təqdim olunub. Onların əksəriyyəti "
                        "regional infrastruktura ayrılan xərclərə aiddir."
                    ),
                    (
                        "Deputatlar müzakirələri növbəti iclasda davam etdirmək barədə "
                        "razılığa gəliblər. Gözlənilir ki, bundan əvvəl Maliyyə "
                        "Nazirliyi öz rəyini təqdim edəcək."
                    ),
                    (
                        "Komitə mətni təsdiqləsə, sənəd birinci oxunuşda müzakirə "
                        "üçün plenar iclasa göndəriləcək."
                    ),
                ],
            },
        },
        {
            "de": {
                "headline": "Außenminister benachbarter Staaten führen Gespräche {city_in}",
                "lead": (
                    "Die Außenminister zweier Nachbarländer sind {city_in} zusammengetroffen, um "
                    "über Verkehrsverbindungen und Grenzfragen zu sprechen."
                ),
                "paragraphs": [
                    (
                        "Die Gespräche dauerten mehrere Stunden und fanden zunächst unter vier "
                        "Augen und anschließend im Beisein der Delegationen statt. Beide Seiten "
                        "bezeichneten die Atmosphäre als konstruktiv."
                    ),
                    (
                        "Erörtert wurden die Eröffnung neuer Transitrouten und die Arbeit "
                        "der gemeinsamen Grenzkommission. Seit ihrer Gründung ist die "
                        "Kommission {n} Mal zusammengetreten."
                    ),
                    (
                        "Zum Abschluss vereinbarten die Minister, noch vor "
                        "Jahresende erneut zusammenzukommen."
                    ),
                ],
            },
            "en": {
                "headline": "Foreign ministers of neighbouring states hold talks {city_in}",
                "lead": (
                    "The foreign ministers of two neighbouring countries met {city_in} "
                    "to discuss transport links and border issues."
                ),
                "paragraphs": [
                    (
                        "The talks lasted several hours and were held first one-on-one "
                        "and then with the full delegations. Both sides described the "
                        "atmosphere as constructive."
                    ),
                    (
                        "The ministers discussed the opening of new transit routes and "
                        "the work of the joint border commission. The commission has met "
                        "{n} times since it was set up."
                    ),
                    (
                        "At the end of the meeting, the ministers agreed to meet "
                        "again before the end of the year."
                    ),
                ],
            },
            "ru": {
                "headline": "Главы МИД соседних государств провели переговоры {city_in}",
                "lead": (
                    "Министры иностранных дел двух соседних стран встретились {city_in}, чтобы "
                    "обсудить транспортное сообщение и пограничные вопросы."
                ),
                "paragraphs": [
                    (
                        "Переговоры продолжались несколько часов: сначала в формате один на один, "
                        "затем с участием делегаций. Обе стороны назвали атмосферу "
                        "конструктивной."
                    ),
                    (
                        "Министры обсудили открытие новых транзитных маршрутов и работу "
                        "совместной пограничной комиссии. Число её заседаний с момента создания — "
                        "{n}."
                    ),
                    "По итогам встречи министры договорились вновь встретиться до конца года.",
                ],
            },
            "az": {
                "headline": "Qonşu dövlətlərin xarici işlər nazirləri {city_in} danışıqlar aparıb",
                "lead": (
                    "İki qonşu ölkənin xarici işlər nazirləri nəqliyyat əlaqələrini və sərhəd "
                    "məsələlərini müzakirə etmək üçün {city_in} görüşüblər."
                ),
                "paragraphs": [
                    (
                        "Bir neçə saat davam edən danışıqlar əvvəlcə təkbətək, sonra isə "
                        "nümayəndə heyətlərinin iştirakı ilə keçirilib. Hər iki tərəf "
                        "atmosferi konstruktiv adlandırıb."
                    ),
                    (
                        "Nazirlər yeni tranzit marşrutlarının açılmasını və birgə sərhəd "
                        "komissiyasının fəaliyyətini müzakirə ediblər. Yaradıldığı gündən "
                        "bəri komissiya {n} dəfə toplanıb."
                    ),
                    (
                        "Görüşün sonunda nazirlər ilin sonunadək yenidən "
                        "görüşmək barədə razılığa gəliblər."
                    ),
                ],
            },
        },
        {
            "de": {
                "headline": (
                    "Regierung unterzeichnet {city_in} Absichtserklärung "
                    "zu digitalen Behördendiensten"
                ),
                "lead": (
                    "Am Mittwoch ist {city_in} eine Absichtserklärung über die gemeinsame "
                    "Entwicklung digitaler Behördendienste unterzeichnet worden."
                ),
                "paragraphs": [
                    (
                        "Das Dokument sieht einen Erfahrungsaustausch zwischen den "
                        "Ministerien und die Ausbildung von Fachkräften vor. Es umfasst {n} "
                        "Bereiche der Zusammenarbeit, von der elektronischen Signatur bis zur "
                        "Online-Anmeldung von Unternehmen."
                    ),
                    (
                        "Nach Angaben von Regierungsvertretern könnten die ersten gemeinsamen "
                        "Projekte in den kommenden Monaten beginnen. Eine Arbeitsgruppe soll die "
                        "Umsetzung der Vereinbarung begleiten."
                    ),
                    (
                        "Die Seiten verständigten sich zudem darauf, die Ergebnisse der "
                        "Zusammenarbeit einmal im Jahr zu überprüfen."
                    ),
                ],
            },
            "en": {
                "headline": "Government signs memorandum on digital public services {city_in}",
                "lead": (
                    "A memorandum on the joint development of digital public "
                    "services was signed {city_in} on Wednesday."
                ),
                "paragraphs": [
                    (
                        "The document provides for an exchange of experience between ministries "
                        "and the training of specialists. It covers {n} areas of cooperation, "
                        "from electronic signatures to the online registration of companies."
                    ),
                    (
                        "Officials said the first joint projects could start in the coming "
                        "months. A working group will oversee the implementation of the "
                        "memorandum."
                    ),
                    (
                        "The parties also agreed to review the results of "
                        "their cooperation once a year."
                    ),
                ],
            },
            "ru": {
                "headline": "Правительство подписало {city_in} меморандум о цифровых госуслугах",
                "lead": (
                    "В среду {city_in} был подписан меморандум о совместном "
                    "развитии цифровых государственных услуг."
                ),
                "paragraphs": [
                    (
                        "Документ предусматривает обмен опытом между министерствами и подготовку "
                        "специалистов. Число охваченных им направлений сотрудничества — {n}: от "
                        "электронной подписи до онлайн-регистрации компаний."
                    ),
                    (
                        "По словам официальных лиц, первые совместные проекты могут стартовать в "
                        "ближайшие месяцы. За выполнением меморандума будет следить рабочая "
                        "группа."
                    ),
                    "Стороны также договорились раз в год подводить итоги сотрудничества.",
                ],
            },
            "az": {
                "headline": (
                    "Hökumət {city_in} rəqəmsal dövlət xidmətlərinə dair memorandum imzalayıb"
                ),
                "lead": (
                    "Çərşənbə günü {city_in} rəqəmsal dövlət xidmətlərinin birgə "
                    "inkişafına dair memorandum imzalanıb."
                ),
                "paragraphs": [
                    (
                        "Sənəd nazirliklər arasında təcrübə mübadiləsini və mütəxəssislərin "
                        "hazırlanmasını nəzərdə tutur. Memorandum elektron imzadan şirkətlərin "
                        "onlayn qeydiyyatınadək {n} əməkdaşlıq istiqamətini əhatə edir."
                    ),
                    (
                        "Rəsmilərin sözlərinə görə, ilk birgə layihələrin icrasına yaxın aylarda "
                        "başlanıla bilər. Memorandumun icrasına işçi qrupu nəzarət edəcək."
                    ),
                    (
                        "Tərəflər həmçinin əməkdaşlığın nəticələrini ildə bir dəfə "
                        "nəzərdən keçirmək barədə razılaşıblar."
                    ),
                ],
            },
        },
        {
            "de": {
                "headline": "Stadtrat {city_in} beschließt neue Regeln für öffentliche Anhörungen",
                "lead": (
                    "Der Stadtrat {city_in} hat neue Regeln verabschiedet, die den Einwohnern mehr "
                    "Zeit für Stellungnahmen zu Planungsentscheidungen geben."
                ),
                "paragraphs": [
                    (
                        "Nach dem neuen Verfahren müssen Beschlussentwürfe vor jeder Anhörung auf "
                        "der Internetseite des Rates veröffentlicht werden. Die Einwohner können "
                        "ihre Anmerkungen online oder schriftlich einreichen."
                    ),
                    (
                        "Für den Beschluss stimmten {n} Ratsmitglieder. Die Opposition hatte noch "
                        "längere Fristen für die Bürgerbeteiligung gefordert."
                    ),
                    "Die Regeln treten zu Beginn des kommenden Monats in Kraft.",
                ],
            },
            "en": {
                "headline": "City council {city_in} approves new rules for public hearings",
                "lead": (
                    "The city council {city_in} has adopted new rules that give "
                    "residents more time to comment on planning decisions."
                ),
                "paragraphs": [
                    (
                        "Under the new procedure, draft decisions must be published on the "
                        "council's website before each hearing. Residents will be able to "
                        "submit comments online or in writing."
                    ),
                    (
                        "The decision was backed by {n} council members. The opposition had "
                        "called for even longer consultation periods."
                    ),
                    "The rules will take effect at the beginning of next month.",
                ],
            },
            "ru": {
                "headline": (
                    "Городской совет {city_in} утвердил новые правила общественных слушаний"
                ),
                "lead": (
                    "Городской совет {city_in} принял новые правила, которые дают жителям больше "
                    "времени для замечаний по градостроительным решениям."
                ),
                "paragraphs": [
                    (
                        "Согласно новому порядку, проекты решений должны публиковаться на "
                        "сайте совета перед каждыми слушаниями. Жители смогут направлять "
                        "замечания онлайн или в письменном виде."
                    ),
                    (
                        "Число голосов, поданных за решение, — {n}. Оппозиция выступала "
                        "за ещё более длительные сроки обсуждения."
                    ),
                    "Правила вступят в силу в начале следующего месяца.",
                ],
            },
            "az": {
                "headline": (
                    "{city_in} şəhər şurası ictimai dinləmələr üçün yeni qaydalar təsdiqləyib"
                ),
                "lead": (
                    "{city_in} şəhər şurası sakinlərə şəhərsalma qərarlarına dair rəy bildirmək "
                    "üçün daha çox vaxt verən yeni qaydalar qəbul edib."
                ),
                "paragraphs": [
                    (
                        "Yeni qaydaya əsasən, qərar layihələri hər dinləmədən əvvəl şuranın "
                        "saytında dərc olunmalıdır. Sakinlər rəylərini onlayn və ya yazılı "
                        "şəkildə təqdim edə biləcəklər."
                    ),
                    (
                        "Qərarın lehinə {n} şura üzvü səs verib. Müxalifət müzakirə "
                        "müddətinin daha da uzadılmasını tələb edirdi."
                    ),
                    "Qaydalar gələn ayın əvvəlindən qüvvəyə minəcək.",
                ],
            },
        },
        {
            "de": {
                "headline": "Parlament ratifiziert {city_in} Abkommen über Visaerleichterungen",
                "lead": (
                    "Das Parlament hat am Freitag bei einer Plenarsitzung {city_in} ein "
                    "Abkommen über vereinfachte Visaverfahren ratifiziert."
                ),
                "paragraphs": [
                    (
                        "Das Abkommen verkürzt die Bearbeitungszeiten für Studierende, "
                        "Forschende und Geschäftsreisende. Befürworter erwarten, dass der "
                        "akademische Austausch dadurch leichter wird."
                    ),
                    (
                        "Für die Ratifizierung stimmten {n} Abgeordnete. Mehrere "
                        "Parlamentarier forderten die Regierung auf, regelmäßig über die "
                        "Anwendung des Abkommens zu berichten."
                    ),
                    (
                        "Das Abkommen tritt in Kraft, sobald beide Seiten die "
                        "Ratifikationsurkunden ausgetauscht haben."
                    ),
                ],
            },
            "en": {
                "headline": "Parliament ratifies visa facilitation agreement at session {city_in}",
                "lead": (
                    "Parliament ratified an agreement on simplified visa procedures at "
                    "a plenary session held {city_in} on Friday."
                ),
                "paragraphs": [
                    (
                        "The agreement shortens processing times for students, researchers and "
                        "business travellers. Supporters expect it to make academic exchanges "
                        "easier."
                    ),
                    (
                        "Ratification was supported by {n} members of parliament. "
                        "Several deputies asked the government to report regularly on "
                        "how the agreement works in practice."
                    ),
                    (
                        "The agreement will enter into force once both sides have "
                        "exchanged the instruments of ratification."
                    ),
                ],
            },
            "ru": {
                "headline": (
                    "Парламент ратифицировал {city_in} соглашение об упрощении визового режима"
                ),
                "lead": (
                    "В пятницу на пленарном заседании {city_in} парламент "
                    "ратифицировал соглашение об упрощённом оформлении виз."
                ),
                "paragraphs": [
                    (
                        "Соглашение сокращает сроки рассмотрения заявлений для студентов, "
                        "исследователей и деловых путешественников. Сторонники документа "
                        "считают, что он облегчит академические обмены."
                    ),
                    (
                        "Число депутатов, проголосовавших за ратификацию, — {n}. "
                        "Несколько парламентариев попросили правительство регулярно "
                        "отчитываться о применении соглашения."
                    ),
                    (
                        "Соглашение вступит в силу после того, как стороны "
                        "обменяются ратификационными грамотами."
                    ),
                ],
            },
            "az": {
                "headline": (
                    "Parlament {city_in} viza rejiminin sadələşdirilməsi "
                    "haqqında sazişi ratifikasiya edib"
                ),
                "lead": (
                    "Cümə günü {city_in} keçirilən plenar iclasda parlament vizaların "
                    "sadələşdirilmiş qaydada verilməsinə dair sazişi ratifikasiya edib."
                ),
                "paragraphs": [
                    (
                        "Saziş tələbələr, tədqiqatçılar və işgüzar səfərə çıxanlar üçün "
                        "müraciətlərə baxılma müddətini qısaldır. Sənədin tərəfdarları onun "
                        "akademik mübadiləni asanlaşdıracağını gözləyirlər."
                    ),
                    (
                        "Ratifikasiyanın lehinə {n} deputat səs verib. Bir neçə "
                        "deputat hökumətdən sazişin praktikada necə işlədiyi barədə "
                        "müntəzəm hesabat verməyi xahiş edib."
                    ),
                    (
                        "Tərəflər ratifikasiya sənədlərini mübadilə etdikdən "
                        "sonra saziş qüvvəyə minəcək."
                    ),
                ],
            },
        },
        {
            "de": {
                "headline": "Parteien beraten {city_in} über Änderungen am Wahlgesetz",
                "lead": (
                    "Vertreter politischer Parteien sind {city_in} zu einem runden Tisch über "
                    "geplante Änderungen am Wahlgesetzbuch zusammengekommen."
                ),
                "paragraphs": [
                    (
                        "Nach Angaben der Veranstalter waren {n} Parteien und "
                        "zivilgesellschaftliche Gruppen eingeladen. Im Mittelpunkt standen die "
                        "Wahlkampffinanzierung und die Regeln für Wahlbeobachter."
                    ),
                    (
                        "Mehrere Teilnehmer schlugen strengere Berichtspflichten für "
                        "Wahlkampfausgaben vor. Andere forderten mehr Zeit für eine "
                        "öffentliche Konsultation zum Entwurf."
                    ),
                    (
                        "Die Empfehlungen des runden Tisches sollen an den zuständigen "
                        "Parlamentsausschuss weitergeleitet werden."
                    ),
                ],
            },
            "en": {
                "headline": "Parties discuss electoral code changes at round table {city_in}",
                "lead": (
                    "Representatives of political parties gathered {city_in} for a round "
                    "table on proposed amendments to the electoral code."
                ),
                "paragraphs": [
                    (
                        "The organisers said {n} parties and civic groups had been "
                        "invited. The discussion focused on campaign financing and the "
                        "rules for election observers."
                    ),
                    (
                        "Several participants proposed stricter reporting requirements "
                        "for campaign spending. Others called for more time for a "
                        "public consultation on the draft."
                    ),
                    (
                        "The recommendations of the round table will be forwarded to "
                        "the relevant parliamentary committee."
                    ),
                ],
            },
            "ru": {
                "headline": "Партии обсудили {city_in} изменения в избирательный кодекс",
                "lead": (
                    "Представители политических партий собрались {city_in} за круглым столом, "
                    "посвящённым предлагаемым поправкам к избирательному кодексу."
                ),
                "paragraphs": [
                    (
                        "По словам организаторов, число приглашённых партий и общественных "
                        "объединений — {n}. В центре обсуждения были финансирование "
                        "избирательных кампаний и правила работы наблюдателей."
                    ),
                    (
                        "Ряд участников предложил ужесточить требования к отчётности о "
                        "предвыборных расходах. Другие призвали продлить общественное обсуждение "
                        "проекта."
                    ),
                    "Рекомендации круглого стола будут направлены в профильный комитет парламента.",
                ],
            },
            "az": {
                "headline": (
                    "Partiyalar {city_in} seçki məcəlləsinə dəyişiklikləri müzakirə ediblər"
                ),
                "lead": (
                    "Siyasi partiyaların nümayəndələri seçki məcəlləsinə təklif olunan düzəlişlərə "
                    "həsr edilmiş dəyirmi masa üçün {city_in} toplaşıblar."
                ),
                "paragraphs": [
                    (
                        "Təşkilatçıların sözlərinə görə, tədbirə {n} partiya və ictimai birlik "
                        "dəvət olunub. Müzakirələrin mərkəzində seçki kampaniyalarının "
                        "maliyyələşdirilməsi və müşahidəçilərin fəaliyyət qaydaları dayanıb."
                    ),
                    (
                        "Bir sıra iştirakçılar seçkiqabağı xərclər üzrə hesabatlılıq tələblərinin "
                        "sərtləşdirilməsini təklif ediblər. Digərləri layihənin ictimai "
                        "müzakirəsi üçün daha çox vaxt ayrılmasına çağırıb."
                    ),
                    "Dəyirmi masanın tövsiyələri parlamentin müvafiq komitəsinə göndəriləcək.",
                ],
            },
        },
    ],
    "economy": [
        {
            "de": {
                "headline": "Güterterminal {city_in} meldet steigende Umschlagmengen",
                "lead": (
                    "Der Güterumschlag am Terminal {city_in} ist im ersten Quartal im "
                    "Vergleich zum Vorjahreszeitraum um {n} Prozent gestiegen."
                ),
                "paragraphs": [
                    (
                        "Den größten Anteil am Wachstum hatten Container und Getreidelieferungen. "
                        "Der Betreiber führt den Anstieg auf neue Bahnverbindungen zurück."
                    ),
                    (
                        "Das Unternehmen will in diesem Jahr zusätzliche Kräne aufstellen "
                        "und seine Lagerfläche erweitern. Dadurch sollen sich die "
                        "Wartezeiten für Lastwagen verkürzen."
                    ),
                    (
                        "Endgültige Zahlen für das erste Halbjahr sollen im "
                        "Juli veröffentlicht werden."
                    ),
                ],
            },
            "en": {
                "headline": "Freight terminal {city_in} reports rise in cargo volumes",
                "lead": (
                    "Cargo handled at the freight terminal {city_in} grew by {n} percent in the "
                    "first quarter compared with the same period last year."
                ),
                "paragraphs": [
                    (
                        "Most of the growth came from containers and grain shipments. The "
                        "terminal operator attributed the increase to new rail connections."
                    ),
                    (
                        "The company plans to install additional cranes and expand its storage "
                        "area this year. This is expected to shorten waiting times for lorries."
                    ),
                    "Final figures for the first half of the year will be published in July.",
                ],
            },
            "ru": {
                "headline": "Грузовой терминал {city_in} сообщил о росте объёмов перевалки",
                "lead": (
                    "В первом квартале объём грузов, обработанных на терминале {city_in}, вырос "
                    "на {n}% по сравнению с тем же периодом прошлого года."
                ),
                "paragraphs": [
                    (
                        "Основной прирост обеспечили контейнеры и поставки зерна. Оператор "
                        "терминала связывает рост с запуском новых железнодорожных маршрутов."
                    ),
                    (
                        "В этом году компания планирует установить дополнительные краны "
                        "и расширить складские площади. Ожидается, что это сократит "
                        "время ожидания для грузовиков."
                    ),
                    "Окончательные данные за первое полугодие будут опубликованы в июле.",
                ],
            },
            "az": {
                "headline": "{city_in} yerləşən yük terminalında yük həcmi artıb",
                "lead": (
                    "Birinci rübdə {city_in} yerləşən terminalda emal olunan yüklərin həcmi "
                    "ötən ilin eyni dövrü ilə müqayisədə {n} faiz artıb."
                ),
                "paragraphs": [
                    (
                        "Artımın əsas hissəsi konteyner daşımaları və taxıl göndərişlərinin "
                        "payına düşür. Terminalın operatoru artımı yeni dəmir yolu "
                        "marşrutlarının istifadəyə verilməsi ilə əlaqələndirir."
                    ),
                    (
                        "Şirkət bu il əlavə kranlar quraşdırmağı və anbar sahəsini "
                        "genişləndirməyi planlaşdırır. Bunun sayəsində yük maşınlarının "
                        "gözləmə müddətinin azalacağı gözlənilir."
                    ),
                    "Birinci yarımil üzrə yekun göstəricilər iyul ayında açıqlanacaq.",
                ],
            },
        },
        {
            "de": {
                "headline": "Regionale Erntemesse öffnet {city_in} bei steigenden Getreideerträgen",
                "lead": (
                    "Am Samstag ist {city_in} eine regionale Erntemesse eröffnet worden, auf "
                    "der Landwirte, Verarbeiter und Händler zusammenkommen."
                ),
                "paragraphs": [
                    (
                        "Nach Angaben der Landwirtschaftsbehörde liegen die Getreideerträge in "
                        "der Region um {n} Prozent über dem Vorjahr. Die Landwirte verweisen auf "
                        "günstiges Wetter und eine bessere Bewässerung."
                    ),
                    (
                        "Die Aussteller zeigen Gemüse, Obst, Honig und Milchprodukte. "
                        "Mehrere Verarbeitungsbetriebe schlossen während der Messe "
                        "Lieferverträge mit örtlichen Genossenschaften."
                    ),
                    "Die Messe ist bis Sonntagabend geöffnet.",
                ],
            },
            "en": {
                "headline": "Regional harvest fair opens {city_in} as grain yields rise",
                "lead": (
                    "A regional harvest fair opened {city_in} on Saturday, bringing "
                    "together farmers, processors and buyers."
                ),
                "paragraphs": [
                    (
                        "According to the agriculture department, grain yields in the region "
                        "are {n} percent higher than last year. Farmers pointed to "
                        "favourable weather and better irrigation."
                    ),
                    (
                        "Exhibitors are presenting vegetables, fruit, honey and dairy "
                        "products. Several processing companies signed supply contracts "
                        "with local cooperatives during the fair."
                    ),
                    "The fair will remain open until Sunday evening.",
                ],
            },
            "ru": {
                "headline": (
                    "Региональная ярмарка урожая открылась {city_in} на фоне роста сборов зерна"
                ),
                "lead": (
                    "В субботу {city_in} открылась региональная ярмарка урожая, "
                    "собравшая фермеров, переработчиков и закупщиков."
                ),
                "paragraphs": [
                    (
                        "По данным управления сельского хозяйства, урожайность зерновых в "
                        "регионе на {n}% выше, чем в прошлом году. Фермеры объясняют это "
                        "благоприятной погодой и улучшением орошения."
                    ),
                    (
                        "Участники представляют овощи, фрукты, мёд и молочную продукцию. Во "
                        "время ярмарки несколько перерабатывающих компаний заключили договоры "
                        "на поставки с местными кооперативами."
                    ),
                    "Ярмарка продлится до вечера воскресенья.",
                ],
            },
            "az": {
                "headline": (
                    "{city_in} regional məhsul yarmarkası açılıb, taxıl məhsuldarlığı artıb"
                ),
                "lead": (
                    "Şənbə günü {city_in} fermerləri, emalçıları və alıcıları bir araya "
                    "gətirən regional məhsul yarmarkası açılıb."
                ),
                "paragraphs": [
                    (
                        "Kənd təsərrüfatı idarəsinin məlumatına görə, bölgədə taxılın "
                        "məhsuldarlığı ötən ilə nisbətən {n} faiz yüksəkdir. Fermerlər bunu "
                        "əlverişli hava şəraiti və suvarmanın yaxşılaşması ilə izah edirlər."
                    ),
                    (
                        "İştirakçılar tərəvəz, meyvə, bal və süd məhsulları nümayiş "
                        "etdirirlər. Yarmarka zamanı bir neçə emal müəssisəsi yerli "
                        "kooperativlərlə tədarük müqavilələri imzalayıb."
                    ),
                    "Yarmarka bazar günü axşamadək açıq olacaq.",
                ],
            },
        },
        {
            "de": {
                "headline": "Neues Solarkraftwerk {city_in} ans Stromnetz angeschlossen",
                "lead": (
                    "Ein Solarkraftwerk mit einer Leistung von {n} Megawatt "
                    "ist {city_in} ans Netz gegangen."
                ),
                "paragraphs": [
                    (
                        "Die Anlage wurde in rund einem Jahr errichtet und soll mehrere Tausend "
                        "Haushalte mit Strom versorgen. Nach Angaben des Betreibers sind die "
                        "Module auf starken Wind und Sommerhitze ausgelegt."
                    ),
                    (
                        "Vertreter der Energiebehörde bezeichneten das Projekt als Teil eines "
                        "umfassenderen Plans, den Anteil erneuerbarer Quellen am Strommix zu "
                        "erhöhen. Weitere Ausschreibungen für Wind- und Solarprojekte werden "
                        "noch in diesem Jahr erwartet."
                    ),
                    (
                        "Erste Produktionsdaten will der Betreiber nach drei "
                        "Monaten Betrieb veröffentlichen."
                    ),
                ],
            },
            "en": {
                "headline": "New solar power plant connected to the grid {city_in}",
                "lead": (
                    "A solar power plant with a capacity of {n} megawatts has "
                    "been connected to the grid {city_in}."
                ),
                "paragraphs": [
                    (
                        "The plant was built in about a year and is expected to supply "
                        "electricity to several thousand households. Its operator said the panels "
                        "were designed to withstand strong winds and summer heat."
                    ),
                    (
                        "Energy officials described the project as part of a wider plan to "
                        "increase the share of renewable sources in the power mix. Further "
                        "tenders for wind and solar projects are expected later this year."
                    ),
                    (
                        "The operator will publish the first production data "
                        "after three months of operation."
                    ),
                ],
            },
            "ru": {
                "headline": "Новая солнечная электростанция {city_in} подключена к энергосети",
                "lead": (
                    "Солнечная электростанция мощностью {n} МВт подключена к энергосети {city_in}."
                ),
                "paragraphs": [
                    (
                        "Станцию построили примерно за год; ожидается, что она будет снабжать "
                        "электроэнергией несколько тысяч домохозяйств. По словам оператора, "
                        "панели рассчитаны на сильный ветер и летнюю жару."
                    ),
                    (
                        "Представители энергетического ведомства назвали проект частью более "
                        "широкого плана по увеличению доли возобновляемых источников в "
                        "энергобалансе. Новые тендеры на ветровые и солнечные проекты ожидаются "
                        "до конца года."
                    ),
                    "Первые данные о выработке оператор опубликует после трёх месяцев работы.",
                ],
            },
            "az": {
                "headline": "{city_in} yeni günəş elektrik stansiyası şəbəkəyə qoşulub",
                "lead": (
                    "{city_in} gücü {n} meqavat olan günəş elektrik "
                    "stansiyası enerji şəbəkəsinə qoşulub."
                ),
                "paragraphs": [
                    (
                        "Stansiya təxminən bir il ərzində tikilib və onun bir neçə min ev "
                        "təsərrüfatını elektrik enerjisi ilə təmin edəcəyi gözlənilir. "
                        "Operatorun sözlərinə görə, panellər güclü küləyə və yay istisinə "
                        "davamlı olacaq şəkildə hazırlanıb."
                    ),
                    (
                        "Enerji qurumunun rəsmiləri layihəni enerji balansında bərpa olunan "
                        "mənbələrin payının artırılmasına dair daha geniş planın bir hissəsi "
                        "adlandırıblar. Külək və günəş layihələri üzrə yeni tenderlərin il "
                        "sonunadək elan olunacağı gözlənilir."
                    ),
                    (
                        "Operator istehsala dair ilk məlumatları üç aylıq "
                        "fəaliyyətdən sonra açıqlayacaq."
                    ),
                ],
            },
        },
        {
            "de": {
                "headline": "Internationale Lebensmittelmesse {city_in} öffnet ihre Tore",
                "lead": (
                    "Eine internationale Fachmesse der Lebensmittelindustrie hat {city_in} "
                    "begonnen; Unternehmen aus {n} Ländern nehmen teil."
                ),
                "paragraphs": [
                    (
                        "Die Aussteller zeigen Verpackungstechnik, verarbeitete "
                        "Lebensmittel und Anlagen für die Kühllagerung. Viele von ihnen "
                        "suchen Vertriebspartner für neue Märkte."
                    ),
                    (
                        "Die Veranstalter rechnen an den drei Messetagen mit zahlreichen "
                        "Fachbesuchern. Für kleine Hersteller wurde ein eigenes Programm "
                        "mit Geschäftstreffen organisiert."
                    ),
                    "Die nächste Messe ist für das Frühjahr des kommenden Jahres geplant.",
                ],
            },
            "en": {
                "headline": "International food industry exhibition opens its doors {city_in}",
                "lead": (
                    "An international food industry exhibition has opened {city_in}, "
                    "with companies from {n} countries taking part."
                ),
                "paragraphs": [
                    (
                        "Exhibitors are presenting packaging technology, processed "
                        "foods and equipment for cold storage. Many of them are looking "
                        "for distributors in new markets."
                    ),
                    (
                        "The organisers expect a large number of trade visitors over the "
                        "three days of the fair. A separate programme of business meetings "
                        "has been arranged for small producers."
                    ),
                    "The next exhibition is planned for the spring of next year.",
                ],
            },
            "ru": {
                "headline": "Международная выставка пищевой промышленности открылась {city_in}",
                "lead": (
                    "Международная выставка пищевой промышленности открылась {city_in}; "
                    "число стран, компании которых в ней участвуют, — {n}."
                ),
                "paragraphs": [
                    (
                        "Экспоненты представляют упаковочные технологии, готовые продукты "
                        "питания и оборудование для холодильного хранения. Многие из них "
                        "ищут дистрибьюторов на новых рынках."
                    ),
                    (
                        "Организаторы рассчитывают, что за три дня выставку посетит большое "
                        "число специалистов отрасли. Для небольших производителей подготовлена "
                        "отдельная программа деловых встреч."
                    ),
                    "Следующая выставка запланирована на весну будущего года.",
                ],
            },
            "az": {
                "headline": "{city_in} qida sənayesinin beynəlxalq sərgisi qapılarını açıb",
                "lead": (
                    "{city_in} {n} ölkədən şirkətlərin iştirak etdiyi "
                    "beynəlxalq qida sənayesi sərgisi açılıb."
                ),
                "paragraphs": [
                    (
                        "İştirakçılar qablaşdırma texnologiyalarını, emal olunmuş qida "
                        "məhsullarını və soyuducu anbar avadanlıqlarını nümayiş etdirirlər. "
                        "Onların çoxu yeni bazarlarda distribyutor axtarır."
                    ),
                    (
                        "Təşkilatçılar sərginin üç günü ərzində çoxlu sayda peşəkar "
                        "ziyarətçi gözləyirlər. Kiçik istehsalçılar üçün ayrıca işgüzar "
                        "görüşlər proqramı hazırlanıb."
                    ),
                    "Növbəti sərginin gələn ilin yazında keçirilməsi planlaşdırılır.",
                ],
            },
        },
        {
            "de": {
                "headline": "Förderfonds startet {city_in} Kreditprogramm für kleine Unternehmen",
                "lead": (
                    "Ein staatlicher Entwicklungsfonds hat {city_in} ein neues Programm "
                    "zinsgünstiger Kredite für kleine und mittlere Unternehmen aufgelegt."
                ),
                "paragraphs": [
                    (
                        "Anträge nehmen {n} Partnerbanken des Fonds entgegen. Vorrang "
                        "erhalten Vorhaben in der verarbeitenden Industrie, im "
                        "Tourismus und in der Landwirtschaft."
                    ),
                    (
                        "Nach Angaben des Fonds soll der Zinssatz deutlich unter dem "
                        "Marktdurchschnitt liegen. Unternehmen, die neue Arbeitsplätze "
                        "schaffen, erhalten zusätzliche Vergünstigungen."
                    ),
                    "Die ersten Kredite sollen im kommenden Monat vergeben werden.",
                ],
            },
            "en": {
                "headline": "Development fund launches loan programme for small firms {city_in}",
                "lead": (
                    "A state development fund has launched a new programme of low-interest "
                    "loans for small and medium-sized businesses {city_in}."
                ),
                "paragraphs": [
                    (
                        "Applications are accepted by {n} partner banks of the fund. Priority "
                        "will be given to projects in manufacturing, tourism and agriculture."
                    ),
                    (
                        "According to the fund, the interest rate will be well below the market "
                        "average. Businesses that create new jobs will receive additional "
                        "benefits."
                    ),
                    "The first loans are expected to be issued next month.",
                ],
            },
            "ru": {
                "headline": (
                    "Фонд развития запустил {city_in} кредитную программу для малого бизнеса"
                ),
                "lead": (
                    "Государственный фонд развития запустил {city_in} новую программу "
                    "льготного кредитования малого и среднего бизнеса."
                ),
                "paragraphs": [
                    (
                        "Заявки принимают банки-партнёры фонда, всего их {n}. Приоритет получат "
                        "проекты в обрабатывающей промышленности, туризме и сельском хозяйстве."
                    ),
                    (
                        "В фонде отметили, что процентная ставка будет значительно "
                        "ниже среднерыночной. Компании, создающие новые рабочие места, "
                        "получат дополнительные льготы."
                    ),
                    "Первые кредиты планируется выдать в следующем месяце.",
                ],
            },
            "az": {
                "headline": (
                    "İnkişaf fondu {city_in} kiçik sahibkarlar üçün kredit proqramına başlayıb"
                ),
                "lead": (
                    "Dövlət inkişaf fondu {city_in} kiçik və orta sahibkarlıq subyektləri üçün "
                    "güzəştli kreditlər üzrə yeni proqrama start verib."
                ),
                "paragraphs": [
                    (
                        "Müraciətləri fondun {n} tərəfdaş bankı qəbul edir. Emal sənayesi, turizm "
                        "və kənd təsərrüfatı sahəsindəki layihələrə üstünlük veriləcək."
                    ),
                    (
                        "Fonddan bildiriblər ki, faiz dərəcəsi bazar üzrə orta "
                        "göstəricidən xeyli aşağı olacaq. Yeni iş yerləri yaradan "
                        "sahibkarlar əlavə güzəştlər əldə edəcəklər."
                    ),
                    "İlk kreditlərin gələn ay verilməsi gözlənilir.",
                ],
            },
        },
        {
            "de": {
                "headline": "Hotels {city_in} melden gute Saison bei steigenden Gästezahlen",
                "lead": (
                    "Die Auslastung der Hotels {city_in} hat in den Sommermonaten nach Angaben "
                    "des örtlichen Tourismusamtes {n} Prozent erreicht."
                ),
                "paragraphs": [
                    (
                        "Dem Amt zufolge kommen mehr Besucher aus den Nachbarländern "
                        "und aus Asien. Zum Anstieg haben auch die im Frühjahr "
                        "eingeführten Direktflüge beigetragen."
                    ),
                    (
                        "Auch Gastronomen und Reiseveranstalter berichten von höheren "
                        "Umsätzen. Einige Hotels klagen allerdings, dass es immer schwieriger "
                        "werde, qualifiziertes Personal zu finden."
                    ),
                    "Im Herbst will das Tourismusamt auf Messen im Ausland für die Stadt werben.",
                ],
            },
            "en": {
                "headline": "Hotels {city_in} report busy season as tourist numbers grow",
                "lead": (
                    "Hotel occupancy {city_in} reached {n} percent in the summer "
                    "months, according to the local tourism office."
                ),
                "paragraphs": [
                    (
                        "The office said more visitors are coming from neighbouring "
                        "countries and from Asia. Direct flights launched in the spring "
                        "have also contributed to the increase."
                    ),
                    (
                        "Restaurant owners and tour operators likewise report higher turnover. "
                        "However, some hotels say it is becoming harder to find qualified staff."
                    ),
                    (
                        "In the autumn, the tourism office plans to promote "
                        "the city at trade fairs abroad."
                    ),
                ],
            },
            "ru": {
                "headline": "Гостиницы {city_in} сообщают об удачном сезоне и росте турпотока",
                "lead": (
                    "По данным местного управления по туризму, загрузка гостиниц "
                    "{city_in} в летние месяцы составила {n}%."
                ),
                "paragraphs": [
                    (
                        "В управлении отмечают, что растёт число гостей из соседних стран и из "
                        "Азии. Этому способствовали и прямые авиарейсы, запущенные весной."
                    ),
                    (
                        "О росте выручки сообщают также рестораторы и туроператоры. Вместе "
                        "с тем некоторые гостиницы жалуются, что найти квалифицированный "
                        "персонал становится всё труднее."
                    ),
                    (
                        "Осенью управление по туризму планирует представить "
                        "город на выставках за рубежом."
                    ),
                ],
            },
            "az": {
                "headline": "{city_in} otellər turist sayının artması ilə uğurlu mövsüm yaşayır",
                "lead": (
                    "Yerli turizm idarəsinin məlumatına görə, yay aylarında {city_in} "
                    "otellərin doluluq səviyyəsi {n} faizə çatıb."
                ),
                "paragraphs": [
                    (
                        "İdarədən bildiriblər ki, qonşu ölkələrdən və Asiyadan gələn qonaqların "
                        "sayı artır. Yazda açılan birbaşa aviareyslər də buna töhfə verib."
                    ),
                    (
                        "Restoran sahibləri və turoperatorlar da dövriyyənin artdığını "
                        "bildirirlər. Bununla belə, bəzi otellər ixtisaslı kadr tapmağın "
                        "getdikcə çətinləşdiyindən şikayətlənir."
                    ),
                    "Payızda turizm idarəsi şəhəri xarici sərgilərdə təqdim etməyi planlaşdırır.",
                ],
            },
        },
    ],
    "society": [
        {
            "de": {
                "headline": (
                    "Neues Schulgebäude {city_in} rechtzeitig vor Schuljahresbeginn eröffnet"
                ),
                "lead": (
                    "Vor Beginn des neuen Schuljahres ist {city_in} ein neues Schulgebäude mit "
                    "modernen Laboren und einer Sporthalle eröffnet worden."
                ),
                "paragraphs": [
                    (
                        "Die Schule verfügt über {n} Klassenräume sowie eine Bibliothek und eine "
                        "Mensa. Sie soll die überfüllten Nachbarschulen entlasten."
                    ),
                    (
                        "Eltern, die zur Eröffnung gekommen waren, lobten die hellen Räume "
                        "und den neuen Spielplatz. Die Lehrkräfte erwarten, dass kleinere "
                        "Klassen den Unterricht wirksamer machen."
                    ),
                    "Der Unterricht im neuen Gebäude beginnt am 1. September.",
                ],
            },
            "en": {
                "headline": "New school building opens {city_in} ahead of academic year",
                "lead": (
                    "A new school building with modern laboratories and a sports hall has "
                    "opened {city_in} ahead of the new academic year."
                ),
                "paragraphs": [
                    (
                        "The school has {n} classrooms as well as a library and a canteen. It is "
                        "meant to relieve overcrowding in neighbouring schools."
                    ),
                    (
                        "Parents who attended the opening praised the bright rooms and the new "
                        "playground. Teachers expect smaller classes to make lessons more "
                        "effective."
                    ),
                    "Lessons in the new building will begin on 1 September.",
                ],
            },
            "ru": {
                "headline": "Новое здание школы открылось {city_in} накануне учебного года",
                "lead": (
                    "Накануне нового учебного года {city_in} открылось новое здание школы с "
                    "современными лабораториями и спортивным залом."
                ),
                "paragraphs": [
                    (
                        "Число классных комнат в школе — {n}; кроме того, здесь есть библиотека и "
                        "столовая. Новое здание должно разгрузить переполненные соседние школы."
                    ),
                    (
                        "Родители, пришедшие на открытие, похвалили светлые помещения и "
                        "новую игровую площадку. Учителя считают, что небольшие классы "
                        "сделают уроки эффективнее."
                    ),
                    "Занятия в новом здании начнутся 1 сентября.",
                ],
            },
            "az": {
                "headline": "{city_in} tədris ili ərəfəsində yeni məktəb binası açılıb",
                "lead": (
                    "Yeni tədris ili ərəfəsində {city_in} müasir laboratoriyaları və "
                    "idman zalı olan yeni məktəb binası açılıb."
                ),
                "paragraphs": [
                    (
                        "Məktəbdə {n} sinif otağı, həmçinin kitabxana və yeməkxana var. Yeni bina "
                        "qonşu məktəblərdəki sıxlığı azaltmaq üçün nəzərdə tutulub."
                    ),
                    (
                        "Açılışa gələn valideynlər işıqlı otaqları və yeni uşaq "
                        "meydançasını tərifləyiblər. Müəllimlərin fikrincə, kiçik "
                        "siniflər dərsləri daha səmərəli edəcək."
                    ),
                    "Yeni binada dərslər sentyabrın 1-dən başlayacaq.",
                ],
            },
        },
        {
            "de": {
                "headline": (
                    "Mobile Ärzteteams bieten {city_in} kostenlose Vorsorgeuntersuchungen an"
                ),
                "lead": (
                    "Im Rahmen einer Präventionskampagne bieten mobile Ärzteteams {city_in} "
                    "kostenlose Gesundheitschecks für die Bevölkerung an."
                ),
                "paragraphs": [
                    (
                        "Zu den Teams gehören Kardiologen, Endokrinologen und "
                        "Augenärzte. Nach Angaben der Gesundheitsbehörde sollen bis "
                        "Monatsende {n} Stadtviertel besucht werden."
                    ),
                    (
                        "Blutdruck und Blutzucker können ohne Termin gemessen werden. Wer "
                        "auffällige Werte hat, wird an Fachärzte im städtischen Krankenhaus "
                        "überwiesen."
                    ),
                    (
                        "Die Ärzte riefen vor allem ältere Menschen auf, an "
                        "den Untersuchungen teilzunehmen."
                    ),
                ],
            },
            "en": {
                "headline": "Mobile health teams offer free check-ups to residents {city_in}",
                "lead": (
                    "Mobile medical teams have begun offering free health check-ups to "
                    "residents {city_in} as part of a prevention campaign."
                ),
                "paragraphs": [
                    (
                        "The teams include cardiologists, endocrinologists and eye "
                        "specialists. According to the health department, they will visit "
                        "{n} neighbourhoods by the end of the month."
                    ),
                    (
                        "Residents can have their blood pressure and blood sugar measured "
                        "without an appointment. Those with worrying results are referred to "
                        "specialists at the city hospital."
                    ),
                    "Doctors urged older people in particular to take part in the screening.",
                ],
            },
            "ru": {
                "headline": "Мобильные бригады врачей проводят {city_in} бесплатные обследования",
                "lead": (
                    "В рамках профилактической кампании мобильные медицинские бригады начали "
                    "проводить {city_in} бесплатные обследования для жителей."
                ),
                "paragraphs": [
                    (
                        "В состав бригад входят кардиологи, эндокринологи и офтальмологи. "
                        "По данным управления здравоохранения, число районов, которые "
                        "бригады посетят до конца месяца, — {n}."
                    ),
                    (
                        "Измерить давление и уровень сахара в крови можно без "
                        "предварительной записи. Жителей с тревожными показателями "
                        "направляют к специалистам городской больницы."
                    ),
                    "Врачи призвали принять участие в обследовании прежде всего пожилых людей.",
                ],
            },
            "az": {
                "headline": "{city_in} səyyar həkim briqadaları sakinləri pulsuz müayinə edir",
                "lead": (
                    "Profilaktika kampaniyası çərçivəsində səyyar tibb briqadaları "
                    "{city_in} sakinlər üçün pulsuz müayinələrə başlayıb."
                ),
                "paragraphs": [
                    (
                        "Briqadaların tərkibində kardioloqlar, endokrinoloqlar və "
                        "oftalmoloqlar var. Səhiyyə idarəsinin məlumatına görə, ay "
                        "sonunadək {n} məhəllə əhatə olunacaq."
                    ),
                    (
                        "Qan təzyiqini və qanda şəkərin səviyyəsini əvvəlcədən qeydiyyat olmadan "
                        "ölçdürmək mümkündür. Göstəriciləri narahatlıq doğuran sakinlər şəhər "
                        "xəstəxanasının mütəxəssislərinə göndərilir."
                    ),
                    "Həkimlər xüsusilə yaşlı insanları müayinədə iştirak etməyə çağırıblar.",
                ],
            },
        },
        {
            "de": {
                "headline": "Elektrobusse nehmen {city_in} den Linienbetrieb auf",
                "lead": (
                    "Die ersten Elektrobusse befördern seit Kurzem Fahrgäste {city_in}, "
                    "wie das städtische Verkehrsunternehmen mitteilte."
                ),
                "paragraphs": [
                    (
                        "Insgesamt sollen {n} Fahrzeuge auf Linien verkehren, die Wohngebiete "
                        "mit dem Zentrum verbinden. Die Busse sind niederflurig und bieten "
                        "Platz für Rollstühle und Kinderwagen."
                    ),
                    (
                        "In zwei Betriebshöfen wurden Ladestationen eingerichtet. Die Fahrgäste "
                        "können mit Bankkarte oder über die städtische Verkehrs-App bezahlen."
                    ),
                    "In den kommenden Jahren will das Unternehmen weitere Dieselbusse ersetzen.",
                ],
            },
            "en": {
                "headline": "Electric buses enter service on city routes {city_in}",
                "lead": (
                    "The first electric buses have started carrying passengers "
                    "{city_in}, the city transport company said."
                ),
                "paragraphs": [
                    (
                        "A total of {n} vehicles will run on routes linking "
                        "residential areas with the centre. The buses have low floors "
                        "and space for wheelchairs and prams."
                    ),
                    (
                        "Charging stations have been installed at two depots. Passengers can pay "
                        "by bank card or through the city transport app."
                    ),
                    "The company plans to replace more diesel buses over the next few years.",
                ],
            },
            "ru": {
                "headline": "Электробусы вышли на городские маршруты {city_in}",
                "lead": (
                    "Первые электробусы начали перевозить пассажиров {city_in}, "
                    "сообщили в городской транспортной компании."
                ),
                "paragraphs": [
                    (
                        "Общее число машин на маршрутах, связывающих жилые районы с "
                        "центром, — {n}. Автобусы низкопольные, в салоне предусмотрены "
                        "места для инвалидных и детских колясок."
                    ),
                    (
                        "Зарядные станции установлены в двух автобусных парках. Оплатить проезд "
                        "можно банковской картой или через городское транспортное приложение."
                    ),
                    "В ближайшие годы компания планирует заменить и другие дизельные автобусы.",
                ],
            },
            "az": {
                "headline": "{city_in} elektrik avtobusları şəhər marşrutlarına çıxıb",
                "lead": (
                    "Şəhər nəqliyyat şirkətinin məlumatına görə, {city_in} ilk "
                    "elektrik avtobusları sərnişin daşımağa başlayıb."
                ),
                "paragraphs": [
                    (
                        "Yaşayış massivlərini mərkəzlə birləşdirən marşrutlarda ümumilikdə {n} "
                        "avtobus işləyəcək. Avtobuslar alçaq döşəməlidir, onlarda əlil "
                        "arabaları və uşaq arabaları üçün yer var."
                    ),
                    (
                        "İki avtobus parkında enerji doldurma stansiyaları quraşdırılıb. "
                        "Sərnişinlər gediş haqqını bank kartı ilə və ya şəhər nəqliyyatı "
                        "tətbiqi vasitəsilə ödəyə bilərlər."
                    ),
                    "Şirkət yaxın illərdə digər dizel avtobusları da əvəz etməyi planlaşdırır.",
                ],
            },
        },
        {
            "de": {
                "headline": "Freiwillige pflanzen {city_in} Bäume in Parks und Höfen",
                "lead": (
                    "Hunderte Freiwillige haben sich am Wochenende {city_in} "
                    "an einer Baumpflanzaktion beteiligt."
                ),
                "paragraphs": [
                    (
                        "Die Setzlinge wurden in {n} Parks und Innenhöfen gepflanzt. Überwiegend "
                        "handelt es sich um heimische Arten, die wenig Wasser brauchen."
                    ),
                    (
                        "Organisiert wurde die Aktion von der Stadtverwaltung gemeinsam "
                        "mit Schulen und Umweltgruppen. Die Teilnehmer erhielten "
                        "Handschuhe, Werkzeug und Wasser."
                    ),
                    "Die Veranstalter wollen die Aktion im Herbst wiederholen.",
                ],
            },
            "en": {
                "headline": "Volunteers plant trees in parks and courtyards {city_in}",
                "lead": (
                    "Hundreds of volunteers took part in a tree-planting "
                    "campaign {city_in} over the weekend."
                ),
                "paragraphs": [
                    (
                        "Saplings were planted in {n} parks and residential courtyards. Most of "
                        "them are native species that need little water."
                    ),
                    (
                        "The campaign was organised by the city administration "
                        "together with schools and environmental groups. Participants "
                        "were given gloves, tools and water."
                    ),
                    "The organisers plan to repeat the campaign in the autumn.",
                ],
            },
            "ru": {
                "headline": "Волонтёры высадили деревья в парках и дворах {city_in}",
                "lead": (
                    "В выходные {city_in} сотни волонтёров приняли "
                    "участие в акции по посадке деревьев."
                ),
                "paragraphs": [
                    (
                        "Саженцы высадили в парках и во дворах жилых домов; общее число площадок "
                        "— {n}. Большинство из них — местные породы, которым нужно немного воды."
                    ),
                    (
                        "Акцию организовала городская администрация вместе со школами и "
                        "экологическими организациями. Участники получили перчатки, инструменты и "
                        "воду."
                    ),
                    "Организаторы планируют повторить акцию осенью.",
                ],
            },
            "az": {
                "headline": "{city_in} könüllülər park və həyətlərdə ağac əkiblər",
                "lead": "Həftə sonu {city_in} yüzlərlə könüllü ağacəkmə aksiyasında iştirak edib.",
                "paragraphs": [
                    (
                        "Tinglər ümumilikdə {n} park və həyətdə əkilib. Onların "
                        "əksəriyyəti az su tələb edən yerli növlərdir."
                    ),
                    (
                        "Aksiya şəhər rəhbərliyi tərəfindən məktəblər və ekoloji təşkilatlarla "
                        "birgə təşkil olunub. İştirakçılara əlcək, alətlər və su verilib."
                    ),
                    "Təşkilatçılar aksiyanı payızda təkrarlamağı planlaşdırırlar.",
                ],
            },
        },
        {
            "de": {
                "headline": "Kostenlose Digitalkurse für ältere Menschen {city_in} gestartet",
                "lead": (
                    "Öffentliche Bibliotheken {city_in} bieten seit Kurzem kostenlose "
                    "Kurse an, die älteren Menschen den Umgang mit Smartphones und "
                    "Online-Diensten erleichtern sollen."
                ),
                "paragraphs": [
                    (
                        "Die Teilnehmer lernen, Videoanrufe zu führen, Arzttermine zu "
                        "buchen und Nebenkosten online zu bezahlen. Die Kurse finden in "
                        "{n} Bibliotheken der Stadt statt."
                    ),
                    (
                        "Geleitet werden die Stunden von Studierenden, die ehrenamtlich als "
                        "Tutoren arbeiten. Nach Angaben der Veranstalter ist die Nachfrage so "
                        "groß, dass es bereits Wartelisten gibt."
                    ),
                    "Anmeldungen sind telefonisch oder direkt in den Bibliotheken möglich.",
                ],
            },
            "en": {
                "headline": "Free digital skills courses for older residents launched {city_in}",
                "lead": (
                    "Public libraries {city_in} have launched free courses to help older "
                    "people use smartphones and online services."
                ),
                "paragraphs": [
                    (
                        "Participants learn how to make video calls, book doctor's "
                        "appointments and pay utility bills online. The courses are held "
                        "at {n} libraries across the city."
                    ),
                    (
                        "The classes are led by students who volunteer as tutors. According to "
                        "the organisers, demand is so high that waiting lists have already "
                        "formed."
                    ),
                    "Registration is possible by phone or directly at the libraries.",
                ],
            },
            "ru": {
                "headline": (
                    "Бесплатные курсы цифровой грамотности для пожилых стартовали {city_in}"
                ),
                "lead": (
                    "Публичные библиотеки {city_in} запустили бесплатные курсы, которые "
                    "помогут пожилым людям освоить смартфоны и онлайн-сервисы."
                ),
                "paragraphs": [
                    (
                        "Слушатели учатся совершать видеозвонки, записываться к врачу "
                        "и оплачивать коммунальные услуги онлайн. Число библиотек, "
                        "где проходят занятия, — {n}."
                    ),
                    (
                        "Занятия ведут студенты, которые работают преподавателями на "
                        "добровольной основе. По словам организаторов, спрос настолько "
                        "высок, что уже появились списки ожидания."
                    ),
                    "Записаться можно по телефону или непосредственно в библиотеках.",
                ],
            },
            "az": {
                "headline": (
                    "{city_in} yaşlı sakinlər üçün pulsuz rəqəmsal bacarıq kursları başlayıb"
                ),
                "lead": (
                    "{city_in} ictimai kitabxanalar yaşlı insanlara smartfonlardan və onlayn "
                    "xidmətlərdən istifadəni öyrətmək üçün pulsuz kurslara start verib."
                ),
                "paragraphs": [
                    (
                        "İştirakçılar video zəng etməyi, həkim qəbuluna yazılmağı və "
                        "kommunal xidmətlərin haqqını onlayn ödəməyi öyrənirlər. Kurslar "
                        "şəhərin {n} kitabxanasında keçirilir."
                    ),
                    (
                        "Dərsləri könüllü olaraq müəllimlik edən tələbələr aparır. "
                        "Təşkilatçıların sözlərinə görə, maraq o qədər böyükdür ki, "
                        "artıq gözləmə siyahıları yaranıb."
                    ),
                    "Kurslara telefonla və ya birbaşa kitabxanalarda yazılmaq mümkündür.",
                ],
            },
        },
        {
            "de": {
                "headline": "Wasserversorgung in mehreren Stadtteilen {city_in} modernisiert",
                "lead": (
                    "Versorgungsarbeiter haben {city_in} den Austausch alter Wasserleitungen in "
                    "mehreren Stadtteilen abgeschlossen, wie der Wasserversorger mitteilte."
                ),
                "paragraphs": [
                    (
                        "Im Rahmen des Projekts wurden rund {n} Kilometer Rohre verlegt. Die "
                        "Bewohner der betroffenen Viertel sollen nun rund um die Uhr Wasser "
                        "haben."
                    ),
                    (
                        "Die Arbeiten fanden überwiegend nachts statt, um den Verkehr "
                        "möglichst wenig zu behindern. Beschädigte Gehwege sollen in den "
                        "kommenden Wochen instand gesetzt werden."
                    ),
                    (
                        "Die nächste Projektphase betrifft die übrigen Stadtteile "
                        "und soll im kommenden Jahr beginnen."
                    ),
                ],
            },
            "en": {
                "headline": "Water supply network upgraded in several districts {city_in}",
                "lead": (
                    "Utility workers {city_in} have completed the replacement of old water "
                    "pipes in several districts, the water company reported."
                ),
                "paragraphs": [
                    (
                        "Some {n} kilometres of pipes were laid during the project. Residents of "
                        "the districts concerned should now have water around the clock."
                    ),
                    (
                        "The work was carried out mainly at night to keep disruption to traffic "
                        "to a minimum. Damaged pavements are to be repaired in the coming weeks."
                    ),
                    (
                        "The next phase of the project will cover the remaining "
                        "districts and is scheduled to begin next year."
                    ),
                ],
            },
            "ru": {
                "headline": "Водопроводную сеть обновили {city_in} сразу в нескольких районах",
                "lead": (
                    "Коммунальные службы {city_in} завершили замену старых водопроводных "
                    "труб в нескольких районах, сообщили в водоканале."
                ),
                "paragraphs": [
                    (
                        "В ходе проекта проложено около {n} км труб. Теперь жители этих "
                        "районов должны получать воду круглосуточно."
                    ),
                    (
                        "Работы велись в основном ночью, чтобы как можно меньше мешать движению "
                        "транспорта. Повреждённые тротуары отремонтируют в ближайшие недели."
                    ),
                    (
                        "Следующий этап проекта охватит остальные районы; его "
                        "начало запланировано на следующий год."
                    ),
                ],
            },
            "az": {
                "headline": "{city_in} bir neçə rayonda su təchizatı şəbəkəsi yenilənib",
                "lead": (
                    "Su təchizatı şirkətinin məlumatına görə, {city_in} kommunal xidmətlər bir "
                    "neçə rayonda köhnə su borularının dəyişdirilməsini başa çatdırıb."
                ),
                "paragraphs": [
                    (
                        "Layihə çərçivəsində təxminən {n} kilometr boru çəkilib. Bu rayonların "
                        "sakinləri artıq fasiləsiz su ilə təmin olunmalıdır."
                    ),
                    (
                        "Nəqliyyatın hərəkətinə mümkün qədər az mane olmaq üçün işlər əsasən gecə "
                        "saatlarında aparılıb. Zədələnmiş səkilər yaxın həftələrdə təmir "
                        "ediləcək."
                    ),
                    (
                        "Layihənin növbəti mərhələsi qalan rayonları əhatə edəcək, "
                        "onun gələn il başlanması planlaşdırılır."
                    ),
                ],
            },
        },
    ],
    "world": [
        {
            "de": {
                "headline": (
                    "Klimakonferenz {city_in} endet mit Aufruf zu schnelleren Emissionssenkungen"
                ),
                "lead": (
                    "Eine internationale Klimakonferenz {city_in} ist am Donnerstag mit "
                    "einer gemeinsamen Erklärung zu Ende gegangen, die eine raschere "
                    "Senkung der Treibhausgasemissionen fordert."
                ),
                "paragraphs": [
                    (
                        "An dem dreitägigen Treffen nahmen Delegationen aus {n} Ländern teil. "
                        "In der Abschlusserklärung werden die Regierungen aufgefordert, "
                        "ehrgeizigere nationale Ziele vorzulegen."
                    ),
                    (
                        "Mehrere Entwicklungsländer verlangten mehr finanzielle Hilfe bei der "
                        "Anpassung an Dürren und Überschwemmungen. Umweltverbände bemängelten, "
                        "die Erklärung gehe nicht weit genug."
                    ),
                    "Das nächste Treffen in diesem Format ist für das kommende Jahr geplant.",
                ],
            },
            "en": {
                "headline": "Climate conference {city_in} ends with call for faster emissions cuts",
                "lead": (
                    "An international climate conference {city_in} ended on Thursday with a joint "
                    "statement calling for faster reductions in greenhouse gas emissions."
                ),
                "paragraphs": [
                    (
                        "Delegations from {n} countries took part in the three-day "
                        "meeting. The final statement urges governments to present "
                        "more ambitious national targets."
                    ),
                    (
                        "Several developing countries called for more financial support "
                        "to adapt to droughts and floods. Environmental groups said the "
                        "statement did not go far enough."
                    ),
                    "The next meeting in this format is planned for next year.",
                ],
            },
            "ru": {
                "headline": (
                    "Климатическая конференция {city_in} завершилась "
                    "призывом ускорить сокращение выбросов"
                ),
                "lead": (
                    "Международная климатическая конференция {city_in} завершилась в "
                    "четверг принятием совместного заявления с призывом быстрее "
                    "сокращать выбросы парниковых газов."
                ),
                "paragraphs": [
                    (
                        "Число стран, делегации которых участвовали в трёхдневной встрече, "
                        "— {n}. Итоговое заявление призывает правительства представить "
                        "более амбициозные национальные цели."
                    ),
                    (
                        "Ряд развивающихся стран потребовал увеличить финансовую помощь для "
                        "адаптации к засухам и наводнениям. Экологические организации сочли, "
                        "что заявление недостаточно решительное."
                    ),
                    "Следующая встреча в этом формате запланирована на будущий год.",
                ],
            },
            "az": {
                "headline": (
                    "{city_in} keçirilən iqlim konfransı emissiyaların sürətlə "
                    "azaldılması çağırışı ilə başa çatıb"
                ),
                "lead": (
                    "{city_in} keçirilən beynəlxalq iqlim konfransı cümə axşamı istixana qazı "
                    "emissiyalarının daha sürətlə azaldılmasına çağıran birgə bəyanatla "
                    "yekunlaşıb."
                ),
                "paragraphs": [
                    (
                        "Üç günlük görüşdə {n} ölkənin nümayəndə heyəti iştirak edib. Yekun "
                        "bəyanatda hökumətlər daha iddialı milli hədəflər təqdim etməyə "
                        "çağırılır."
                    ),
                    (
                        "Bir sıra inkişaf etməkdə olan ölkələr quraqlıq və daşqınlara uyğunlaşma "
                        "üçün daha çox maliyyə dəstəyi tələb ediblər. Ekoloji təşkilatlar isə "
                        "bəyanatı kifayət qədər qətiyyətli hesab etməyiblər."
                    ),
                    "Bu formatda növbəti görüşün gələn il keçirilməsi planlaşdırılır.",
                ],
            },
        },
        {
            "de": {
                "headline": "Regierungschefs der Region beraten {city_in} über Verkehrskorridore",
                "lead": (
                    "Regierungschefs mehrerer Länder sind {city_in} zu einem Gipfel "
                    "zusammengekommen, der Verkehrskorridoren und dem Handel gewidmet ist."
                ),
                "paragraphs": [
                    (
                        "Die Tagesordnung umfasst {n} Punkte, von Zollverfahren bis zu "
                        "digitalen Frachtpapieren. Die Gastgeber rechnen mit der "
                        "Unterzeichnung mehrerer Abkommen."
                    ),
                    (
                        "Ökonomen zufolge könnten kürzere Transitzeiten den Handel "
                        "zwischen den Teilnehmerländern deutlich beleben. "
                        "Wirtschaftsverbände verfolgen die Gespräche aufmerksam."
                    ),
                    "Zum Abschluss soll eine gemeinsame Erklärung verabschiedet werden.",
                ],
            },
            "en": {
                "headline": "Regional leaders gather {city_in} for summit on transport corridors",
                "lead": (
                    "Heads of government from several countries met {city_in} for a "
                    "summit devoted to transport corridors and trade."
                ),
                "paragraphs": [
                    (
                        "The agenda includes {n} items, ranging from customs procedures to "
                        "digital freight documents. The hosts expect several agreements to be "
                        "signed."
                    ),
                    (
                        "Economists say shorter transit times could significantly boost "
                        "trade between the participating countries. Business associations "
                        "are following the talks closely."
                    ),
                    "A joint declaration is expected to be adopted at the closing session.",
                ],
            },
            "ru": {
                "headline": (
                    "Лидеры стран региона собрались {city_in} на саммит по транспортным коридорам"
                ),
                "lead": (
                    "Главы правительств нескольких стран собрались {city_in} на саммит, "
                    "посвящённый транспортным коридорам и торговле."
                ),
                "paragraphs": [
                    (
                        "Число вопросов в повестке саммита — {n}: от таможенных процедур до "
                        "электронных транспортных документов. Принимающая сторона "
                        "рассчитывает на подписание ряда соглашений."
                    ),
                    (
                        "По мнению экономистов, сокращение сроков транзита может заметно "
                        "увеличить товарооборот между странами-участницами. Деловые "
                        "ассоциации внимательно следят за переговорами."
                    ),
                    "На заключительном заседании ожидается принятие совместной декларации.",
                ],
            },
            "az": {
                "headline": (
                    "Regionun liderləri nəqliyyat dəhlizlərinə dair sammit üçün {city_in} toplaşıb"
                ),
                "lead": (
                    "Bir neçə ölkənin hökumət başçıları nəqliyyat dəhlizlərinə və ticarətə "
                    "həsr olunmuş sammit üçün {city_in} bir araya gəliblər."
                ),
                "paragraphs": [
                    (
                        "Sammitin gündəliyində gömrük prosedurlarından elektron yük "
                        "sənədlərinədək {n} məsələ var. Ev sahibi tərəf bir neçə "
                        "sazişin imzalanacağını gözləyir."
                    ),
                    (
                        "İqtisadçıların fikrincə, tranzit müddətinin qısalması iştirakçı "
                        "ölkələr arasında ticarət dövriyyəsini xeyli artıra bilər. İşgüzar "
                        "assosiasiyalar danışıqları diqqətlə izləyir."
                    ),
                    "Yekun iclasda birgə bəyannamənin qəbul edilməsi gözlənilir.",
                ],
            },
        },
        {
            "de": {
                "headline": "Wählerinnen und Wähler {city_in} stimmen über neuen Stadtrat ab",
                "lead": (
                    "Am Sonntagmorgen haben {city_in} die Wahllokale für die Kommunalwahl geöffnet."
                ),
                "paragraphs": [
                    (
                        "Bis zum Mittag lag die Wahlbeteiligung nach Angaben der "
                        "Wahlbehörde bei {n} Prozent. Internationale Beobachter verfolgen "
                        "die Abstimmung in ausgewählten Wahllokalen."
                    ),
                    (
                        "Im Wahlkampf ging es vor allem um Wohnraum, den öffentlichen Nahverkehr "
                        "und die Müllabfuhr. Vorläufige Ergebnisse werden für Montag erwartet."
                    ),
                    (
                        "Der neu gewählte Rat soll innerhalb eines Monats zu "
                        "seiner ersten Sitzung zusammentreten."
                    ),
                ],
            },
            "en": {
                "headline": "Voters {city_in} go to the polls in municipal elections",
                "lead": (
                    "Polling stations opened {city_in} on Sunday morning as "
                    "residents began voting in municipal elections."
                ),
                "paragraphs": [
                    (
                        "Election officials reported a turnout of {n} percent by midday. "
                        "International observers are monitoring the vote at selected polling "
                        "stations."
                    ),
                    (
                        "During the campaign, candidates focused mainly on housing, public "
                        "transport and waste collection. Preliminary results are expected on "
                        "Monday."
                    ),
                    "The newly elected council is to hold its first session within a month.",
                ],
            },
            "ru": {
                "headline": "Избиратели {city_in} выбирают новый состав городского совета",
                "lead": (
                    "В воскресенье утром {city_in} открылись избирательные участки, и "
                    "жители начали голосовать на муниципальных выборах."
                ),
                "paragraphs": [
                    (
                        "К полудню явка составила {n}%, сообщили в избирательной комиссии. "
                        "Международные наблюдатели следят за голосованием на отдельных участках."
                    ),
                    (
                        "В ходе кампании кандидаты говорили прежде всего о жилье, общественном "
                        "транспорте и вывозе мусора. Предварительные итоги ожидаются в "
                        "понедельник."
                    ),
                    "Новый состав совета проведёт первое заседание в течение месяца.",
                ],
            },
            "az": {
                "headline": "{city_in} seçicilər yeni şəhər şurasını seçmək üçün səs verir",
                "lead": (
                    "Bazar günü səhər {city_in} bələdiyyə seçkiləri üçün seçki "
                    "məntəqələri açılıb və sakinlər səs verməyə başlayıblar."
                ),
                "paragraphs": [
                    (
                        "Seçki komissiyasının məlumatına görə, günortaya qədər seçici "
                        "fəallığı {n} faiz təşkil edib. Beynəlxalq müşahidəçilər "
                        "səsverməni seçilmiş məntəqələrdə izləyirlər."
                    ),
                    (
                        "Seçki kampaniyası zamanı namizədlər əsasən mənzil, ictimai nəqliyyat və "
                        "tullantıların daşınması məsələlərindən danışıblar. İlkin nəticələrin "
                        "bazar ertəsi açıqlanacağı gözlənilir."
                    ),
                    "Yeni seçilmiş şura bir ay ərzində ilk iclasını keçirəcək.",
                ],
            },
        },
        {
            "de": {
                "headline": "Geberkonferenz {city_in} sammelt Mittel für Hochwassergebiete",
                "lead": (
                    "Auf einer Konferenz {city_in} haben Geberländer und internationale "
                    "Organisationen Hilfe für die Regionen zugesagt, die von den "
                    "jüngsten Überschwemmungen betroffen sind."
                ),
                "paragraphs": [
                    (
                        "Nach Angaben der Veranstalter beliefen sich die Zusagen auf "
                        "insgesamt {n} Millionen Dollar. Das Geld soll in den Wiederaufbau "
                        "von Wohnhäusern, Schulen und Straßen fließen."
                    ),
                    (
                        "Hilfsorganisationen betonten, dass viele Familien noch immer "
                        "keinen Zugang zu sauberem Trinkwasser haben. Sie forderten, "
                        "die Mittel rasch freizugeben."
                    ),
                    "Bei einem Folgetreffen soll geprüft werden, wie das Geld verwendet wurde.",
                ],
            },
            "en": {
                "headline": "Donor conference {city_in} raises funds for flood-hit regions",
                "lead": (
                    "Donor countries and international organisations pledged aid to regions "
                    "hit by recent floods at a conference {city_in}."
                ),
                "paragraphs": [
                    (
                        "According to the organisers, pledges totalled {n} million dollars. The "
                        "money is to be spent on rebuilding homes, schools and roads."
                    ),
                    (
                        "Aid agencies stressed that many families still have no access to clean "
                        "drinking water. They called for the funds to be released quickly."
                    ),
                    "A follow-up meeting will review how the money has been used.",
                ],
            },
            "ru": {
                "headline": (
                    "Конференция доноров {city_in} собрала средства для "
                    "пострадавших от наводнений регионов"
                ),
                "lead": (
                    "На конференции {city_in} страны-доноры и международные организации пообещали "
                    "помощь регионам, пострадавшим от недавних наводнений."
                ),
                "paragraphs": [
                    (
                        "По данным организаторов, общая сумма обещанной помощи составила {n} млн "
                        "долларов. Средства будут направлены на восстановление жилья, школ и "
                        "дорог."
                    ),
                    (
                        "Гуманитарные организации подчеркнули, что многие семьи "
                        "по-прежнему не имеют доступа к чистой питьевой воде. Они "
                        "призвали как можно быстрее выделить средства."
                    ),
                    "На следующей встрече будет рассмотрено, как использованы деньги.",
                ],
            },
            "az": {
                "headline": (
                    "{city_in} keçirilən donor konfransında daşqından zərər "
                    "çəkmiş bölgələr üçün vəsait toplanıb"
                ),
                "lead": (
                    "{city_in} keçirilən konfransda donor ölkələr və beynəlxalq təşkilatlar son "
                    "daşqınlardan zərər çəkmiş bölgələrə yardım vəd ediblər."
                ),
                "paragraphs": [
                    (
                        "Təşkilatçıların məlumatına görə, vəd edilən yardımın ümumi "
                        "məbləği {n} milyon dollar təşkil edib. Vəsait evlərin, "
                        "məktəblərin və yolların bərpasına yönəldiləcək."
                    ),
                    (
                        "Humanitar təşkilatlar bir çox ailənin hələ də təmiz içməli suya çıxışı "
                        "olmadığını vurğulayıblar. Onlar vəsaitin tezliklə ayrılmasına "
                        "çağırıblar."
                    ),
                    "Növbəti görüşdə vəsaitin necə istifadə olunduğu nəzərdən keçiriləcək.",
                ],
            },
        },
        {
            "de": {
                "headline": "Hitzewelle hält {city} im Griff – Behörden öffnen Kühlräume",
                "lead": (
                    "Weil die Temperaturen die zweite Woche in Folge über dem Normalwert liegen, "
                    "haben die Behörden {city_in} öffentliche Kühlräume eingerichtet."
                ),
                "paragraphs": [
                    (
                        "Kühlräume gibt es nun in {n} öffentlichen Gebäuden, darunter "
                        "Bibliotheken und Sporthallen. Freiwillige sehen nach älteren "
                        "Menschen, die allein leben."
                    ),
                    (
                        "Meteorologen erwarten erst zum Wochenende eine Abkühlung. Den "
                        "Einwohnern wird geraten, am Nachmittag direkte Sonne zu meiden "
                        "und viel Wasser zu trinken."
                    ),
                    (
                        "Der Wasserverbrauch ist stark gestiegen, und die Versorger bitten "
                        "darum, nach Möglichkeit Wasser zu sparen."
                    ),
                ],
            },
            "en": {
                "headline": "Heatwave grips {city} as authorities open cooling centres",
                "lead": (
                    "Authorities {city_in} have opened public cooling centres as "
                    "temperatures stay above normal for a second week."
                ),
                "paragraphs": [
                    (
                        "Cooling centres are now available in {n} public buildings, "
                        "including libraries and sports halls. Volunteers are checking "
                        "on older people who live alone."
                    ),
                    (
                        "Meteorologists expect the heat to ease only at the end of the "
                        "week. Residents are advised to avoid direct sunlight in the "
                        "afternoon and to drink plenty of water."
                    ),
                    (
                        "Water consumption has risen sharply, and utilities have "
                        "asked people to save water where possible."
                    ),
                ],
            },
            "ru": {
                "headline": "Власти {city_in} открыли пункты охлаждения из-за аномальной жары",
                "lead": (
                    "Власти {city_in} открыли общественные пункты охлаждения: температура "
                    "воздуха уже вторую неделю держится выше нормы."
                ),
                "paragraphs": [
                    (
                        "Число общественных зданий, где работают такие пункты, — {n}; "
                        "среди них библиотеки и спортивные залы. Волонтёры навещают "
                        "пожилых людей, живущих в одиночестве."
                    ),
                    (
                        "Синоптики ожидают, что жара спадёт лишь в конце недели. "
                        "Жителям советуют избегать прямых солнечных лучей во второй "
                        "половине дня и пить больше воды."
                    ),
                    (
                        "Потребление воды резко выросло, и коммунальные службы "
                        "просят по возможности экономить её."
                    ),
                ],
            },
            "az": {
                "headline": "{city_in} anomal isti səbəbindən sərinləmə məntəqələri açılıb",
                "lead": (
                    "Hava temperaturunun ikinci həftədir normadan yüksək qalması səbəbindən "
                    "{city_in} hakimiyyət orqanları ictimai sərinləmə məntəqələri açıb."
                ),
                "paragraphs": [
                    (
                        "Sərinləmə məntəqələri {n} ictimai binada, o cümlədən "
                        "kitabxanalarda və idman zallarında yaradılıb. Könüllülər tək "
                        "yaşayan yaşlı insanlara baş çəkirlər."
                    ),
                    (
                        "Sinoptiklər istinin yalnız həftənin sonunda azalacağını "
                        "gözləyirlər. Sakinlərə günortadan sonra birbaşa günəş şüalarından "
                        "qorunmaq və bol su içmək tövsiyə olunur."
                    ),
                    (
                        "Su istehlakı kəskin artıb və kommunal xidmətlər imkan "
                        "daxilində suya qənaət etməyi xahiş edir."
                    ),
                ],
            },
        },
        {
            "de": {
                "headline": (
                    "Gespräche über gemeinsame Flussbewirtschaftung {city_in} wieder aufgenommen"
                ),
                "lead": (
                    "Delegationen aus drei Ländern haben {city_in} ihre Gespräche über die "
                    "Bewirtschaftung eines gemeinsamen Flusseinzugsgebiets fortgesetzt."
                ),
                "paragraphs": [
                    (
                        "Im Mittelpunkt stehen die Verteilung des Wassers in trockenen Sommern "
                        "und eine gemeinsame Überwachung der Wasserqualität. Unterstützt werden "
                        "die Delegationen von Fachleuten aus {n} Institutionen."
                    ),
                    (
                        "Eine frühere Runde war ohne Einigung zu Ende gegangen, doch "
                        "Diplomaten zufolge haben sich die Positionen angenähert. Die "
                        "Vermittler schlagen ein schrittweises Vorgehen vor."
                    ),
                    "Die laufende Runde soll bis zum Ende der Woche dauern.",
                ],
            },
            "en": {
                "headline": "Talks on shared river management resume {city_in}",
                "lead": (
                    "Delegations from three countries have resumed talks {city_in} "
                    "on managing a river basin that they share."
                ),
                "paragraphs": [
                    (
                        "The negotiations focus on how water is allocated during dry summers "
                        "and on joint monitoring of water quality. Experts from {n} "
                        "institutions are supporting the delegations."
                    ),
                    (
                        "A previous round ended without agreement, but diplomats say the "
                        "positions have moved closer. The mediators are proposing a step-by-step "
                        "approach."
                    ),
                    "The current round is expected to last until the end of the week.",
                ],
            },
            "ru": {
                "headline": "Переговоры об управлении общей рекой возобновились {city_in}",
                "lead": (
                    "Делегации трёх стран возобновили {city_in} переговоры об управлении "
                    "бассейном реки, который находится на их территории."
                ),
                "paragraphs": [
                    (
                        "В центре переговоров — распределение воды в засушливые летние месяцы и "
                        "совместный контроль её качества. Делегациям помогают эксперты; число "
                        "институтов, которые они представляют, — {n}."
                    ),
                    (
                        "Предыдущий раунд завершился без соглашения, однако, по словам "
                        "дипломатов, позиции сторон сблизились. Посредники предлагают поэтапный "
                        "подход."
                    ),
                    "Ожидается, что нынешний раунд продлится до конца недели.",
                ],
            },
            "az": {
                "headline": "{city_in} ortaq çayın idarə olunmasına dair danışıqlar bərpa olunub",
                "lead": (
                    "Üç ölkənin nümayəndə heyətləri {city_in} ortaq çay hövzəsinin "
                    "idarə olunmasına dair danışıqları bərpa ediblər."
                ),
                "paragraphs": [
                    (
                        "Danışıqların mərkəzində quraq yay aylarında suyun bölüşdürülməsi və "
                        "su keyfiyyətinin birgə monitorinqi dayanır. Nümayəndə heyətlərinə "
                        "{n} qurumun ekspertləri dəstək verir."
                    ),
                    (
                        "Əvvəlki raund razılaşma olmadan başa çatsa da, diplomatların "
                        "sözlərinə görə, tərəflərin mövqeləri yaxınlaşıb. Vasitəçilər "
                        "mərhələli yanaşma təklif edirlər."
                    ),
                    "Cari raundun həftənin sonunadək davam edəcəyi gözlənilir.",
                ],
            },
        },
    ],
    "culture": [
        {
            "de": {
                "headline": "Jazzfestival {city_in} mit Open-Air-Konzert eröffnet",
                "lead": (
                    "Mit einem kostenlosen Open-Air-Konzert ist am Freitagabend {city_in} "
                    "das alljährliche Jazzfestival eröffnet worden."
                ),
                "paragraphs": [
                    (
                        "In der kommenden Woche treten Musiker aus {n} Ländern auf. Das Programm "
                        "verbindet klassischen Jazz mit Volksmelodien und elektronischer Musik."
                    ),
                    (
                        "Neben den Konzerten bieten die Veranstalter Workshops für junge Musiker "
                        "an. Die Karten für die Abendkonzerte sind fast ausverkauft."
                    ),
                    (
                        "Zum Abschluss am kommenden Sonntag ist ein gemeinsamer "
                        "Auftritt mehrerer Bands geplant."
                    ),
                ],
            },
            "en": {
                "headline": "Jazz festival opens {city_in} with open-air concert",
                "lead": (
                    "The annual jazz festival opened {city_in} on Friday "
                    "evening with a free open-air concert."
                ),
                "paragraphs": [
                    (
                        "Musicians from {n} countries will perform over the coming week. The "
                        "programme combines traditional jazz with folk melodies and electronic "
                        "music."
                    ),
                    (
                        "Alongside the concerts, the organisers are offering workshops for young "
                        "musicians. Tickets for the evening concerts are almost sold out."
                    ),
                    "The festival closes next Sunday with a joint performance by several bands.",
                ],
            },
            "ru": {
                "headline": "Джазовый фестиваль открылся {city_in} концертом под открытым небом",
                "lead": (
                    "В пятницу вечером {city_in} бесплатным концертом под открытым "
                    "небом открылся ежегодный джазовый фестиваль."
                ),
                "paragraphs": [
                    (
                        "В течение недели на фестивале выступят музыканты из разных стран; "
                        "число стран-участниц — {n}. Программа сочетает традиционный джаз с "
                        "народными мелодиями и электронной музыкой."
                    ),
                    (
                        "Помимо концертов, организаторы проводят мастер-классы для молодых "
                        "музыкантов. Билеты на вечерние концерты почти распроданы."
                    ),
                    (
                        "Фестиваль завершится в следующее воскресенье совместным "
                        "выступлением нескольких коллективов."
                    ),
                ],
            },
            "az": {
                "headline": "{city_in} caz festivalı açıq havada konsertlə başlayıb",
                "lead": (
                    "Cümə günü axşam {city_in} hər il keçirilən caz festivalı "
                    "açıq havada pulsuz konsertlə açılıb."
                ),
                "paragraphs": [
                    (
                        "Yaxın bir həftə ərzində festivalda {n} ölkədən musiqiçilər çıxış edəcək. "
                        "Proqramda ənənəvi caz xalq melodiyaları və elektron musiqi ilə birləşir."
                    ),
                    (
                        "Konsertlərlə yanaşı, təşkilatçılar gənc musiqiçilər üçün ustad dərsləri "
                        "keçirirlər. Axşam konsertlərinə biletlər demək olar ki, satılıb "
                        "qurtarıb."
                    ),
                    "Festival gələn bazar günü bir neçə kollektivin birgə çıxışı ilə başa çatacaq.",
                ],
            },
        },
        {
            "de": {
                "headline": "Museum {city_in} zeigt Ausstellung historischer Teppiche",
                "lead": (
                    "In einem Museum {city_in} ist eine Ausstellung historischer "
                    "Teppiche und Textilien eröffnet worden."
                ),
                "paragraphs": [
                    (
                        "Zu sehen sind {n} Stücke, von denen einige noch nie öffentlich gezeigt "
                        "wurden. Der älteste Teppich der Sammlung stammt aus dem 18. Jahrhundert."
                    ),
                    (
                        "Die Kuratoren haben die Werke nach Regionen und Knüpftechniken geordnet. "
                        "Kurze Filme erklären, wie natürliche Farbstoffe hergestellt wurden."
                    ),
                    (
                        "Die Ausstellung ist drei Monate lang zu sehen; "
                        "sonntags ist der Eintritt frei."
                    ),
                ],
            },
            "en": {
                "headline": "Exhibition of historic carpets opens at museum {city_in}",
                "lead": (
                    "An exhibition of historic carpets and textiles has "
                    "opened at a museum {city_in}."
                ),
                "paragraphs": [
                    (
                        "Visitors can see {n} pieces, some of which have never been "
                        "shown in public before. The oldest carpet in the collection "
                        "dates from the eighteenth century."
                    ),
                    (
                        "The curators have arranged the works by region and weaving technique. "
                        "Short films explain how natural dyes were made."
                    ),
                    "The exhibition runs for three months; admission is free on Sundays.",
                ],
            },
            "ru": {
                "headline": "В музее {city_in} открылась выставка старинных ковров",
                "lead": "В одном из музеев {city_in} открылась выставка старинных ковров и тканей.",
                "paragraphs": [
                    (
                        "Число представленных работ — {n}, некоторые из них прежде никогда не "
                        "показывались публике. Самый старый ковёр в коллекции датируется XVIII "
                        "веком."
                    ),
                    (
                        "Кураторы расположили работы по регионам и техникам ткачества. Короткие "
                        "фильмы рассказывают, как изготавливались натуральные красители."
                    ),
                    "Выставка продлится три месяца; по воскресеньям вход свободный.",
                ],
            },
            "az": {
                "headline": "{city_in} tarixi xalçaların sərgisi açılıb",
                "lead": (
                    "{city_in} muzeylərdən birində tarixi xalçaların və "
                    "toxuculuq nümunələrinin sərgisi açılıb."
                ),
                "paragraphs": [
                    (
                        "Ziyarətçilər {n} eksponatla tanış ola bilərlər, onların "
                        "bəziləri əvvəllər heç vaxt nümayiş olunmayıb. Kolleksiyadakı "
                        "ən qədim xalça XVIII əsrə aiddir."
                    ),
                    (
                        "Kuratorlar əsərləri bölgələrə və toxuma texnikalarına görə "
                        "qruplaşdırıblar. Qısa filmlər təbii boyaların necə hazırlandığından bəhs "
                        "edir."
                    ),
                    "Sərgi üç ay davam edəcək; bazar günləri giriş pulsuzdur.",
                ],
            },
        },
        {
            "de": {
                "headline": "Buchmesse {city_in} lockt Leser und Verlage aus dem Ausland",
                "lead": (
                    "Eine internationale Buchmesse hat {city_in} ihre Türen geöffnet und "
                    "bringt Verlage, Autoren und Leser zusammen."
                ),
                "paragraphs": [
                    (
                        "Verlage aus {n} Ländern stellen ihre Neuerscheinungen vor. Ein eigener "
                        "Bereich ist übersetzter Literatur und Kinderbüchern gewidmet."
                    ),
                    (
                        "Täglich gibt es Lesungen, Podiumsdiskussionen und "
                        "Signierstunden. Übersetzer sprechen zudem über die "
                        "Schwierigkeiten, Lyrik in andere Sprachen zu übertragen."
                    ),
                    (
                        "Die Messe ist bis Sonntag für das Publikum geöffnet; "
                        "Studierende haben freien Eintritt."
                    ),
                ],
            },
            "en": {
                "headline": "Book fair {city_in} draws readers and publishers from abroad",
                "lead": (
                    "An international book fair has opened {city_in}, bringing "
                    "together publishers, authors and readers."
                ),
                "paragraphs": [
                    (
                        "Publishers from {n} countries are presenting their new titles. A "
                        "separate section is devoted to translated literature and children's "
                        "books."
                    ),
                    (
                        "Readings, panel discussions and book signings take place every "
                        "day. Translators will also talk about the difficulties of "
                        "carrying poetry into other languages."
                    ),
                    "The fair is open to the public until Sunday; students get in free.",
                ],
            },
            "ru": {
                "headline": "Книжная ярмарка {city_in} собрала читателей и зарубежных издателей",
                "lead": (
                    "Международная книжная ярмарка открылась {city_in}, "
                    "объединив издателей, авторов и читателей."
                ),
                "paragraphs": [
                    (
                        "Число стран, издательства которых представляют свои новинки, — {n}. "
                        "Отдельный раздел посвящён переводной литературе и детским книгам."
                    ),
                    (
                        "Каждый день проходят чтения, дискуссии и автограф-сессии. Переводчики "
                        "также расскажут о трудностях перевода поэзии на другие языки."
                    ),
                    "Ярмарка открыта для публики до воскресенья; для студентов вход бесплатный.",
                ],
            },
            "az": {
                "headline": (
                    "{city_in} kitab sərgisi oxucuları və xarici nəşriyyatları bir araya gətirib"
                ),
                "lead": (
                    "{city_in} nəşriyyatları, müəllifləri və oxucuları bir araya "
                    "gətirən beynəlxalq kitab sərgisi açılıb."
                ),
                "paragraphs": [
                    (
                        "Sərgidə {n} ölkənin nəşriyyatları yeni kitablarını təqdim edir. Ayrıca "
                        "bölmə tərcümə ədəbiyyatına və uşaq kitablarına həsr olunub."
                    ),
                    (
                        "Hər gün oxu saatları, panel müzakirələri və imza günləri "
                        "keçirilir. Tərcüməçilər həmçinin poeziyanın başqa dillərə "
                        "çevrilməsinin çətinliklərindən danışacaqlar."
                    ),
                    (
                        "Sərgi bazar gününədək ictimaiyyət üçün açıqdır; "
                        "tələbələr üçün giriş pulsuzdur."
                    ),
                ],
            },
        },
        {
            "de": {
                "headline": (
                    "Theater {city_in} bringt Neuinszenierung einer klassischen Komödie heraus"
                ),
                "lead": (
                    "Am Samstag hatte am Schauspielhaus {city_in} eine Neuinszenierung einer "
                    "klassischen Komödie aus dem 19. Jahrhundert Premiere."
                ),
                "paragraphs": [
                    (
                        "Der Regisseur hat die Handlung in die Gegenwart verlegt, den "
                        "Originaltext aber beibehalten. In dem Stück wirken {n} "
                        "Schauspielerinnen und Schauspieler mit."
                    ),
                    (
                        "Das Publikum feierte die Premiere mit langem stehendem Applaus. "
                        "Kritiker lobten das Bühnenbild und die Livemusik."
                    ),
                    "Weitere Vorstellungen sind für Ende des Monats geplant.",
                ],
            },
            "en": {
                "headline": "Theatre {city_in} premieres new staging of classic comedy",
                "lead": (
                    "A new production of a classic nineteenth-century comedy premiered "
                    "at the drama theatre {city_in} on Saturday."
                ),
                "paragraphs": [
                    (
                        "The director has moved the action to the present day while keeping "
                        "the original text. The cast numbers {n} actors."
                    ),
                    (
                        "The audience greeted the premiere with a long standing ovation. "
                        "Critics praised the set design and the live music."
                    ),
                    "Further performances are scheduled for the end of the month.",
                ],
            },
            "ru": {
                "headline": "Драмтеатр {city_in} представил новую постановку классической комедии",
                "lead": (
                    "В субботу в драматическом театре {city_in} состоялась премьера "
                    "новой постановки классической комедии XIX века."
                ),
                "paragraphs": [
                    (
                        "Режиссёр перенёс действие в наши дни, сохранив оригинальный текст. "
                        "Число актёров, занятых в спектакле, — {n}."
                    ),
                    (
                        "Зрители встретили премьеру долгой овацией стоя. Критики "
                        "высоко оценили сценографию и живую музыку."
                    ),
                    "Следующие показы запланированы на конец месяца.",
                ],
            },
            "az": {
                "headline": "{city_in} dram teatrı klassik komediyanın yeni quruluşunu təqdim edib",
                "lead": (
                    "Şənbə günü dram teatrı {city_in} XIX əsrə aid klassik komediyanın "
                    "yeni quruluşunun premyerasını təqdim edib."
                ),
                "paragraphs": [
                    (
                        "Rejissor orijinal mətni saxlamaqla hadisələri müasir dövrə "
                        "köçürüb. Tamaşada {n} aktyor çıxış edir."
                    ),
                    (
                        "Tamaşaçılar premyeranı ayaq üstə uzun sürən alqışlarla qarşılayıblar. "
                        "Tənqidçilər səhnə tərtibatını və canlı musiqini yüksək "
                        "qiymətləndiriblər."
                    ),
                    "Növbəti tamaşaların ayın sonunda göstərilməsi planlaşdırılır.",
                ],
            },
        },
        {
            "de": {
                "headline": "Kurzfilmfestival {city_in} gibt seine Preisträger bekannt",
                "lead": (
                    "Nach einer Woche voller Vorführungen hat die Jury eines "
                    "Kurzfilmfestivals {city_in} die Gewinner bekanntgegeben."
                ),
                "paragraphs": [
                    (
                        "Im Wettbewerb liefen {n} Filme junger Regisseurinnen und "
                        "Regisseure. Der Hauptpreis ging an einen Dokumentarfilm über "
                        "eine Imkerfamilie in den Bergen."
                    ),
                    (
                        "Die Jury hob außerdem einen Animationsfilm über einen "
                        "Leuchtturmwärter hervor. Der Publikumspreis ging an eine "
                        "Komödie über eine missglückte Hochzeit."
                    ),
                    (
                        "Die prämierten Filme werden am Sonntag noch einmal bei "
                        "einer kostenlosen Vorführung gezeigt."
                    ),
                ],
            },
            "en": {
                "headline": "Short film festival {city_in} announces its winners",
                "lead": (
                    "The jury of a short film festival {city_in} has announced "
                    "the winners after a week of screenings."
                ),
                "paragraphs": [
                    (
                        "The competition programme included {n} films by young "
                        "directors. The main prize went to a documentary about a "
                        "family of beekeepers in the mountains."
                    ),
                    (
                        "The jury also singled out an animated film about a lighthouse keeper. "
                        "The audience award went to a comedy about a wedding that goes wrong."
                    ),
                    "The winning films will be shown again at a free screening on Sunday.",
                ],
            },
            "ru": {
                "headline": "Фестиваль короткометражного кино {city_in} назвал победителей",
                "lead": (
                    "Жюри фестиваля короткометражного кино {city_in} назвало "
                    "победителей после недели показов."
                ),
                "paragraphs": [
                    (
                        "Число фильмов молодых режиссёров в конкурсной программе — {n}. Главный "
                        "приз получил документальный фильм о семье пчеловодов, живущей в горах."
                    ),
                    (
                        "Жюри также отметило анимационный фильм о смотрителе маяка. Приз "
                        "зрительских симпатий достался комедии о неудавшейся свадьбе."
                    ),
                    "В воскресенье фильмы-победители покажут ещё раз на бесплатном сеансе.",
                ],
            },
            "az": {
                "headline": "{city_in} qısametrajlı filmlər festivalının qalibləri açıqlanıb",
                "lead": (
                    "Bir həftəlik nümayişlərdən sonra {city_in} keçirilən qısametrajlı filmlər "
                    "festivalının münsiflər heyəti qalibləri açıqlayıb."
                ),
                "paragraphs": [
                    (
                        "Müsabiqə proqramına gənc rejissorların {n} filmi daxil edilmişdi. Baş "
                        "mükafatı dağlarda yaşayan arıçı ailəsindən bəhs edən sənədli film "
                        "qazanıb."
                    ),
                    (
                        "Münsiflər heyəti həmçinin mayak gözətçisi haqqında cizgi "
                        "filmini xüsusi qeyd edib. Tamaşaçı mükafatı isə uğursuz "
                        "toydan bəhs edən komediyaya verilib."
                    ),
                    "Qalib filmlər bazar günü pulsuz seansda yenidən nümayiş olunacaq.",
                ],
            },
        },
        {
            "de": {
                "headline": "Jugendorchester {city_in} feiert Jubiläum mit Festkonzert",
                "lead": (
                    "Ein Jugendsinfonieorchester {city_in} hat sein Jubiläum mit einem "
                    "Festkonzert im größten Konzertsaal der Stadt gefeiert."
                ),
                "paragraphs": [
                    (
                        "Die meisten Musikerinnen und Musiker besuchen örtliche "
                        "Musikschulen. Im Laufe der Jahre ist das Orchester in {n} "
                        "Städten im In- und Ausland aufgetreten."
                    ),
                    (
                        "Auf dem Programm standen Werke klassischer Komponisten sowie "
                        "ein eigens für den Anlass geschriebenes neues Stück. Das "
                        "Konzert endete mit mehreren Zugaben."
                    ),
                    "Das Orchester bereitet sich auf eine Tournee im Herbst vor.",
                ],
            },
            "en": {
                "headline": "Youth orchestra {city_in} marks anniversary with gala concert",
                "lead": (
                    "A youth symphony orchestra {city_in} celebrated its anniversary with a "
                    "gala concert in the city's largest concert hall."
                ),
                "paragraphs": [
                    (
                        "Most of the musicians attend local music schools. Over the years, the "
                        "orchestra has performed in {n} cities at home and abroad."
                    ),
                    (
                        "The programme featured works by classical composers and a new piece "
                        "written especially for the occasion. The concert ended with several "
                        "encores."
                    ),
                    "The orchestra is preparing for an autumn tour.",
                ],
            },
            "ru": {
                "headline": "Молодёжный оркестр {city_in} отметил юбилей праздничным концертом",
                "lead": (
                    "Молодёжный симфонический оркестр {city_in} отметил свой юбилей "
                    "праздничным концертом в крупнейшем концертном зале города."
                ),
                "paragraphs": [
                    (
                        "Большинство музыкантов — учащиеся местных музыкальных школ. За эти годы "
                        "число городов в стране и за рубежом, где выступал оркестр, достигло {n}."
                    ),
                    (
                        "В программу вошли произведения композиторов-классиков и новая "
                        "пьеса, написанная специально к этому событию. Концерт "
                        "завершился несколькими выходами на бис."
                    ),
                    "Оркестр готовится к осенним гастролям.",
                ],
            },
            "az": {
                "headline": "{city_in} gənclər orkestri yubileyini təntənəli konsertlə qeyd edib",
                "lead": (
                    "{city_in} gənclər simfonik orkestri yubileyini şəhərin ən böyük "
                    "konsert zalında təntənəli konsertlə qeyd edib."
                ),
                "paragraphs": [
                    (
                        "Musiqiçilərin əksəriyyəti yerli musiqi məktəblərində təhsil alır. İllər "
                        "ərzində orkestr ölkədə və xaricdə {n} şəhərdə çıxış edib."
                    ),
                    (
                        "Proqrama klassik bəstəkarların əsərləri və bu münasibətlə xüsusi "
                        "yazılmış yeni əsər daxil idi. Konsert bir neçə bis ifası ilə başa çatıb."
                    ),
                    "Orkestr payız qastrollarına hazırlaşır.",
                ],
            },
        },
    ],
    "sport": [
        {
            "de": {
                "headline": "Gastgeber gewinnen Ligaspiel {city_in} mit spätem Tor",
                "lead": (
                    "Die Heimmannschaft hat am Samstag ein Ligaspiel {city_in} dank "
                    "eines Treffers in den Schlussminuten gewonnen."
                ),
                "paragraphs": [
                    (
                        "Das entscheidende Tor fiel per Kopfball nach einem Eckstoß. Bis dahin "
                        "hatten beide Torhüter ihre Teams mit mehreren Paraden im Spiel gehalten."
                    ),
                    (
                        "Mit dem Sieg rückte die Mannschaft auf den dritten Tabellenplatz vor. "
                        "Nach Angaben des Vereins verfolgten {n}.000 Zuschauer die Partie."
                    ),
                    "Das nächste Spiel bestreitet die Mannschaft in einer Woche auswärts.",
                ],
            },
            "en": {
                "headline": "Home side wins league match {city_in} with late goal",
                "lead": (
                    "The home team won a league match {city_in} on Saturday "
                    "thanks to a goal in the closing minutes."
                ),
                "paragraphs": [
                    (
                        "The decisive goal was a header from a corner. Until then, both "
                        "goalkeepers had kept their sides in the game with several saves."
                    ),
                    (
                        "The win lifted the team to third place in the table. According to "
                        "the club, {n},000 spectators watched the match."
                    ),
                    "The team's next match is away from home in a week's time.",
                ],
            },
            "ru": {
                "headline": (
                    "Хозяева поля выиграли матч чемпионата {city_in} благодаря позднему голу"
                ),
                "lead": (
                    "В субботу хозяева поля выиграли матч чемпионата {city_in} "
                    "благодаря голу, забитому в концовке встречи."
                ),
                "paragraphs": [
                    (
                        "Решающий мяч был забит ударом головой после углового. До этого "
                        "оба вратаря не раз выручали свои команды."
                    ),
                    (
                        "Благодаря победе команда поднялась на третье место в турнирной таблице. "
                        "По данным клуба, матч посетили {n} тыс. зрителей."
                    ),
                    "Следующий матч команда проведёт через неделю на выезде.",
                ],
            },
            "az": {
                "headline": (
                    "{city_in} ev sahibləri liqa oyununu son dəqiqələrdə vurulan qolla qazanıb"
                ),
                "lead": (
                    "Şənbə günü {city_in} keçirilən liqa oyununda ev sahibləri son "
                    "dəqiqələrdə vurulan qol sayəsində qələbə qazanıb."
                ),
                "paragraphs": [
                    (
                        "Həlledici qol künc zərbəsindən sonra başla vurulub. Bundan əvvəl hər "
                        "iki qapıçı bir neçə dəfə komandasını xilas edib."
                    ),
                    (
                        "Bu qələbə ilə komanda turnir cədvəlində üçüncü pilləyə yüksəlib. Klubun "
                        "məlumatına görə, oyunu stadionda {n} min tamaşaçı izləyib."
                    ),
                    "Komanda növbəti oyununu bir həftə sonra səfərdə keçirəcək.",
                ],
            },
        },
        {
            "de": {
                "headline": "Internationales Schachturnier {city_in} hat begonnen",
                "lead": (
                    "Ein internationales Schachturnier hat {city_in} begonnen, bei dem "
                    "Großmeister und Nachwuchsspieler nebeneinander antreten."
                ),
                "paragraphs": [
                    (
                        "Für das Turnier, das nach Schweizer System über neun Runden gespielt "
                        "wird, haben sich {n} Spielerinnen und Spieler angemeldet. Die "
                        "Partien beginnen jeweils am Nachmittag."
                    ),
                    (
                        "In der ersten Runde musste sich einer der Favoriten gegen einen "
                        "jungen Spieler mit einem Remis begnügen. Die meisten anderen "
                        "Topgesetzten gewannen ihre Partien."
                    ),
                    (
                        "Das Turnier endet am kommenden Wochenende; der Sieger "
                        "erhält einen Pokal und ein Preisgeld."
                    ),
                ],
            },
            "en": {
                "headline": "International chess tournament gets under way {city_in}",
                "lead": (
                    "An international chess tournament has begun {city_in}, with "
                    "grandmasters and young players competing side by side."
                ),
                "paragraphs": [
                    (
                        "A total of {n} players have registered for the event, which "
                        "is played under the Swiss system over nine rounds. Games "
                        "start in the afternoon each day."
                    ),
                    (
                        "In the first round, one of the favourites was held to a draw by a young "
                        "opponent. Most of the other top seeds won their games."
                    ),
                    (
                        "The tournament ends next weekend, and the winner will "
                        "receive a trophy and prize money."
                    ),
                ],
            },
            "ru": {
                "headline": "Международный шахматный турнир стартовал {city_in}",
                "lead": (
                    "Международный шахматный турнир начался {city_in}; в нём бок о бок "
                    "играют гроссмейстеры и молодые шахматисты."
                ),
                "paragraphs": [
                    (
                        "Общее число участников, зарегистрированных на турнир, — {n}; "
                        "соревнования проходят по швейцарской системе в девять туров. Партии "
                        "начинаются ежедневно во второй половине дня."
                    ),
                    (
                        "В первом туре один из фаворитов лишь сыграл вничью с молодым соперником. "
                        "Большинство других сеяных шахматистов свои партии выиграли."
                    ),
                    (
                        "Турнир завершится в следующие выходные, победитель "
                        "получит кубок и денежный приз."
                    ),
                ],
            },
            "az": {
                "headline": "{city_in} beynəlxalq şahmat turniri start götürüb",
                "lead": (
                    "{city_in} qrossmeysterlərin və gənc şahmatçıların yan-yana mübarizə "
                    "apardığı beynəlxalq şahmat turniri başlayıb."
                ),
                "paragraphs": [
                    (
                        "İsveçrə sistemi ilə doqquz turda keçirilən turnirə {n} şahmatçı "
                        "qeydiyyatdan keçib. Oyunlar hər gün günortadan sonra başlayır."
                    ),
                    (
                        "Birinci turda favoritlərdən biri gənc rəqibi ilə heç-heçə edib. Digər "
                        "reytinqli şahmatçıların əksəriyyəti öz oyunlarında qalib gəlib."
                    ),
                    "Turnir gələn həftə sonu başa çatacaq, qalib kubok və pul mükafatı alacaq.",
                ],
            },
        },
        {
            "de": {
                "headline": "Freistilringer kämpfen {city_in} um Meisterschaftsmedaillen",
                "lead": (
                    "Mit Qualifikationskämpfen in den leichteren Gewichtsklassen hat am Donnerstag "
                    "{city_in} die Meisterschaft im Freistilringen begonnen."
                ),
                "paragraphs": [
                    (
                        "An den Wettkämpfen nehmen Sportler aus {n} Vereinen teil. Medaillen "
                        "werden an drei Tagen in zehn Gewichtsklassen vergeben."
                    ),
                    (
                        "Die Trainer der Nationalmannschaft verfolgen die Kämpfe aufmerksam. "
                        "Die besten Ringer sollen zu einem Trainingslager vor der "
                        "Kontinentalmeisterschaft eingeladen werden."
                    ),
                    "Die Finalkämpfe finden am Samstagabend statt.",
                ],
            },
            "en": {
                "headline": "Freestyle wrestlers compete for medals at championship {city_in}",
                "lead": (
                    "The freestyle wrestling championship got under way {city_in} on Thursday "
                    "with qualifying bouts in the lighter weight categories."
                ),
                "paragraphs": [
                    (
                        "Athletes from {n} clubs are taking part in the competition. Medals will "
                        "be awarded in ten weight categories over three days."
                    ),
                    (
                        "The national team coaches are watching the bouts closely. The "
                        "best wrestlers will be invited to a training camp ahead of "
                        "the continental championship."
                    ),
                    "The finals will take place on Saturday evening.",
                ],
            },
            "ru": {
                "headline": "Борцы вольного стиля разыгрывают медали чемпионата {city_in}",
                "lead": (
                    "В четверг {city_in} стартовал чемпионат по вольной борьбе: первыми "
                    "прошли отборочные схватки в лёгких весовых категориях."
                ),
                "paragraphs": [
                    (
                        "Число клубов, представленных на соревнованиях, — {n}. Медали "
                        "разыграют в десяти весовых категориях за три дня."
                    ),
                    (
                        "Тренеры национальной сборной внимательно следят за схватками. Лучших "
                        "борцов пригласят на сборы перед чемпионатом континента."
                    ),
                    "Финальные схватки пройдут в субботу вечером.",
                ],
            },
            "az": {
                "headline": (
                    "{city_in} sərbəst güləşçilər çempionatda medallar uğrunda mübarizə aparır"
                ),
                "lead": (
                    "Cümə axşamı {city_in} sərbəst güləş üzrə çempionat yüngül çəki "
                    "dərəcələrində seçmə görüşlərlə start götürüb."
                ),
                "paragraphs": [
                    (
                        "Yarışda {n} klubun idmançıları iştirak edir. Üç gün ərzində on çəki "
                        "dərəcəsində medallar uğrunda mübarizə aparılacaq."
                    ),
                    (
                        "Milli komandanın məşqçiləri görüşləri diqqətlə izləyirlər. Ən yaxşı "
                        "güləşçilər qitə çempionatı öncəsi təlim-məşq toplanışına dəvət olunacaq."
                    ),
                    "Final görüşləri şənbə günü axşam keçiriləcək.",
                ],
            },
        },
        {
            "de": {
                "headline": "Tausende Läufer beim Stadtmarathon {city_in} am Start",
                "lead": (
                    "Tausende Hobby- und Profiläufer haben am Sonntag am "
                    "alljährlichen Stadtmarathon {city_in} teilgenommen."
                ),
                "paragraphs": [
                    (
                        "Unter den Teilnehmern waren Läuferinnen und Läufer aus {n} "
                        "Ländern. Neben der vollen Distanz wurden ein Halbmarathon und "
                        "ein kurzer Familienlauf angeboten."
                    ),
                    (
                        "Mehrere Straßen im Zentrum waren bis zum frühen Nachmittag für den "
                        "Verkehr gesperrt. Freiwillige verteilten entlang der Strecke Wasser und "
                        "Obst."
                    ),
                    (
                        "Die Startgelder sollen nach Angaben der Veranstalter einem "
                        "Sportprogramm für Kinder zugutekommen."
                    ),
                ],
            },
            "en": {
                "headline": "Thousands of runners take part in city marathon {city_in}",
                "lead": (
                    "Thousands of amateur and professional runners took part in the "
                    "annual city marathon {city_in} on Sunday."
                ),
                "paragraphs": [
                    (
                        "Runners from {n} countries were among the participants. Besides the full "
                        "distance, a half marathon and a short family run were on offer."
                    ),
                    (
                        "Several streets in the centre were closed to traffic until the early "
                        "afternoon. Volunteers handed out water and fruit along the route."
                    ),
                    (
                        "According to the organisers, the entry fees will go to "
                        "a sports programme for children."
                    ),
                ],
            },
            "ru": {
                "headline": "Тысячи бегунов приняли участие в городском марафоне {city_in}",
                "lead": (
                    "В воскресенье тысячи любителей и профессионалов приняли участие "
                    "в ежегодном городском марафоне {city_in}."
                ),
                "paragraphs": [
                    (
                        "Число стран, которые представляли участники, — {n}. Помимо полной "
                        "дистанции, были предложены полумарафон и короткий семейный забег."
                    ),
                    (
                        "Несколько улиц в центре были закрыты для движения до начала второй "
                        "половины дня. Волонтёры раздавали на трассе воду и фрукты."
                    ),
                    (
                        "По словам организаторов, стартовые взносы пойдут на "
                        "детскую спортивную программу."
                    ),
                ],
            },
            "az": {
                "headline": "{city_in} keçirilən şəhər marafonunda minlərlə qaçışçı iştirak edib",
                "lead": (
                    "Bazar günü {city_in} hər il keçirilən şəhər marafonunda minlərlə "
                    "həvəskar və peşəkar qaçışçı iştirak edib."
                ),
                "paragraphs": [
                    (
                        "İştirakçılar arasında {n} ölkədən qaçışçılar var idi. Tam məsafə ilə "
                        "yanaşı, yarımmarafon və qısa ailə qaçışı da təklif olunub."
                    ),
                    (
                        "Mərkəzdəki bir neçə küçə günorta saatlarınadək nəqliyyatın hərəkəti üçün "
                        "bağlanıb. Könüllülər marşrut boyu su və meyvə paylayıblar."
                    ),
                    (
                        "Təşkilatçıların sözlərinə görə, iştirak haqlarından toplanan vəsait "
                        "uşaqlar üçün idman proqramına yönəldiləcək."
                    ),
                ],
            },
        },
        {
            "de": {
                "headline": "Volleyball-Pokalfinale {city_in} geht über fünf Sätze",
                "lead": (
                    "Das Pokalfinale der Volleyballerinnen {city_in} ist am "
                    "Sonntagabend erst im fünften Satz entschieden worden."
                ),
                "paragraphs": [
                    (
                        "Die Siegerinnen drehten einen 0:2-Satzrückstand und holten sich die "
                        "Trophäe. Ihre Kapitänin wurde zur wertvollsten Spielerin des Finales "
                        "gewählt."
                    ),
                    (
                        "Die Partie dauerte vor voller Halle mehr als zwei Stunden. Die Fans "
                        "beider Mannschaften feierten die Spielerinnen nach dem Schlusspfiff."
                    ),
                    (
                        "Die Siegerinnen vertreten das Land in der kommenden Saison in "
                        "einem europäischen Vereinswettbewerb."
                    ),
                ],
            },
            "en": {
                "headline": "Volleyball cup final {city_in} goes the full five sets",
                "lead": (
                    "The women's volleyball cup final {city_in} was decided only "
                    "in the fifth set on Sunday evening."
                ),
                "paragraphs": [
                    (
                        "The winners came back from two sets down to lift the trophy. Their "
                        "captain was named the most valuable player of the final."
                    ),
                    (
                        "The match lasted more than two hours in front of a full hall. Fans of "
                        "both teams celebrated the players after the final whistle."
                    ),
                    (
                        "The winners will represent the country in a European "
                        "club competition next season."
                    ),
                ],
            },
            "ru": {
                "headline": "Финал кубка по волейболу {city_in} продлился пять партий",
                "lead": (
                    "В воскресенье вечером финал женского кубка по волейболу "
                    "{city_in} решился только в пятой партии."
                ),
                "paragraphs": [
                    (
                        "Победительницы отыгрались со счёта 0:2 по партиям и завоевали трофей. "
                        "Капитан команды была признана самым ценным игроком финала."
                    ),
                    (
                        "Матч продолжался более двух часов при полном зале. После финального "
                        "свистка болельщики обеих команд аплодировали спортсменкам."
                    ),
                    (
                        "В следующем сезоне победительницы представят страну в "
                        "одном из европейских клубных турниров."
                    ),
                ],
            },
            "az": {
                "headline": (
                    "{city_in} voleybol kubokunun finalı beş setlik mübarizə ilə yadda qalıb"
                ),
                "lead": (
                    "Bazar günü axşam {city_in} qadın voleybolçular arasında kubok "
                    "finalının taleyi yalnız beşinci setdə həll olunub."
                ),
                "paragraphs": [
                    (
                        "Qaliblər setlərdə 0:2 hesabı ilə geridə olsalar da, oyunun "
                        "gedişatını dəyişərək kuboku qazanıblar. Komandanın kapitanı "
                        "finalın ən dəyərli oyunçusu seçilib."
                    ),
                    (
                        "Dolu zalda keçirilən oyun iki saatdan çox çəkib. Final fitindən sonra "
                        "hər iki komandanın azarkeşləri oyunçuları alqışlayıblar."
                    ),
                    (
                        "Qaliblər gələn mövsüm ölkəni Avropa klub "
                        "yarışlarından birində təmsil edəcəklər."
                    ),
                ],
            },
        },
        {
            "de": {
                "headline": (
                    "Junge Gymnastinnen glänzen bei Turnier der "
                    "Rhythmischen Sportgymnastik {city_in}"
                ),
                "lead": (
                    "Ein Juniorenturnier in der Rhythmischen Sportgymnastik ist am Sonntag "
                    "{city_in} nach drei Wettkampftagen zu Ende gegangen."
                ),
                "paragraphs": [
                    (
                        "In Einzel- und Gruppenwettbewerben traten Gymnastinnen aus {n} "
                        "Vereinen an. Die höchsten Wertungen vergaben die Kampfrichter "
                        "für Übungen mit Band und Reifen."
                    ),
                    (
                        "Nach Ansicht der Trainer war das Turnier ein wichtiger Test vor "
                        "der Landesmeisterschaft. Mehrere Gymnastinnen zeigten erstmals "
                        "im Wettkampf neue Elemente."
                    ),
                    "Die Besten kommen für die Juniorennationalmannschaft infrage.",
                ],
            },
            "en": {
                "headline": "Young gymnasts shine at rhythmic gymnastics tournament {city_in}",
                "lead": (
                    "A junior rhythmic gymnastics tournament ended {city_in} on "
                    "Sunday after three days of competition."
                ),
                "paragraphs": [
                    (
                        "Gymnasts from {n} clubs competed in individual and group events. The "
                        "judges awarded the highest marks for routines with the ribbon and the "
                        "hoop."
                    ),
                    (
                        "Coaches said the tournament was an important test ahead of the "
                        "national championship. Several gymnasts performed new elements in "
                        "competition for the first time."
                    ),
                    "The best performers will be considered for the junior national team.",
                ],
            },
            "ru": {
                "headline": (
                    "Юные гимнастки отличились на турнире по художественной гимнастике {city_in}"
                ),
                "lead": (
                    "В воскресенье {city_in} после трёх дней соревнований завершился "
                    "юниорский турнир по художественной гимнастике."
                ),
                "paragraphs": [
                    (
                        "Число клубов, гимнастки которых выступали в индивидуальной и "
                        "групповой программах, — {n}. Самые высокие оценки судьи поставили "
                        "за упражнения с лентой и обручем."
                    ),
                    (
                        "По словам тренеров, турнир стал важной проверкой перед "
                        "национальным чемпионатом. Несколько гимнасток впервые "
                        "показали на соревнованиях новые элементы."
                    ),
                    "Лучшие из них могут быть включены в юниорскую сборную.",
                ],
            },
            "az": {
                "headline": "{city_in} bədii gimnastika turnirində gənc gimnastlar fərqləniblər",
                "lead": (
                    "Bazar günü {city_in} gənclər arasında bədii gimnastika "
                    "turniri üç günlük yarışdan sonra başa çatıb."
                ),
                "paragraphs": [
                    (
                        "Fərdi və qrup proqramlarında {n} klubun gimnastları çıxış edib. Hakimlər "
                        "ən yüksək qiymətləri lent və halqa ilə hərəkətlərə veriblər."
                    ),
                    (
                        "Məşqçilərin sözlərinə görə, turnir ölkə çempionatı öncəsi mühüm sınaq "
                        "olub. Bir neçə gimnast yeni elementləri ilk dəfə yarışda nümayiş "
                        "etdirib."
                    ),
                    (
                        "Ən yaxşı çıxış edənlərin yeniyetmələrdən ibarət milli "
                        "komandaya cəlb olunması nəzərdən keçiriləcək."
                    ),
                ],
            },
        },
    ],
}
