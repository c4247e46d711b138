extension DemoPopulation.Culture {
    /// The cultures of the demo population, weighted roughly as in a large international company.
    static let all: [Self] = [
        english, hispanic, french, german, italian, portuguese, polish, nordic, slavic, greek, turkish,
        arabic, indian, chinese, japanese, korean, vietnamese, westAfrican,
    ]

    static let english = Self(
        weight: 28,
        given: Name.list(
            """
            James,Mary,John,Patricia,Robert,Jennifer,Michael,Linda,William,Elizabeth,David,Barbara,Richard,Susan,\
            Joseph,Jessica,Thomas,Sarah,Charles,Karen,Christopher,Nancy,Daniel,Lisa,Matthew,Betty,Anthony,Sandra,\
            Mark,Ashley,Steven,Emily,Andrew,Donna,Joshua,Michelle,Kevin,Carol,Brian,Amanda,George,Melissa,Edward,\
            Deborah,Ryan,Stephanie,Jacob,Rebecca,Gary,Laura,Nicholas,Sharon,Eric,Cynthia,Jonathan,Kathleen,Liam,\
            Olivia,Noah,Emma,Oliver,Ava,Ethan,Sophia,Lucas,Isabella,Mason,Mia,Logan,Charlotte,Aiden,Amelia,Harper,\
            Evelyn,Jackson,Abigail,Sebastian,Ella,Owen,Scarlett,Wyatt,Grace,Caleb,Chloe,Connor,Zoë|zoe,Nathan,\
            Hannah,Isaac,Lily,Dylan,Aria,Jordan,Riley,Taylor,Morgan,Alexander,Victoria,Benjamin,Madison,Samuel,\
            Anne-Marie,Mary-Kate,Billy-Ray,Bartholomew,Maximilian,Alexandrina,Christabel,Peregrine,Wilhelmina
            """),
        family: Name.list(
            """
            Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Thomas,Taylor,Moore,Jackson,Martin,Lee,\
            Thompson,White,Harris,Clark,Lewis,Robinson,Walker,Young,Allen,King,Wright,Scott,Hill,Green,Adams,Baker,\
            Nelson,Carter,Mitchell,Roberts,Turner,Phillips,Campbell,Parker,Evans,Edwards,Collins,Stewart,Morris,\
            Murphy,Cook,Rogers,Morgan,Peterson,Cooper,Reed,Bailey,Bell,Kelly,Howard,Ward,Cox,Richardson,Wood,\
            Watson,Brooks,Bennett,Gray,James,Hughes,Price,Sanders,Myers,Long,Ross,Foster,Powell,Jenkins,Perry,\
            Russell,Sullivan,Fisher,Henderson,Coleman,Simpson,Patterson,Jordan,Reynolds,Hamilton,Graham,Wallace,\
            Ellis,Gibson,Stevenson,Dickinson,Hudson,Larson,Carlson,Hanson,Gibbs,Fletcher,O'Brien,O'Connor,O'Neill,\
            McDonald,MacArthur,Featherstonehaugh,Cholmondeley,Wolfeschlegelsteinhausenbergerdorff,Worthington
            """),
        doubleFamilyPercent: 4
    )

    static let hispanic = Self(
        weight: 12,
        given: Name.list(
            """
            José,María,Juan,Carmen,Luis,Ana,Carlos,Lucía,Javier,Sofía,Miguel,Isabel,Alejandro,Valentina,Diego,\
            Camila,Fernando,Gabriela,Jorge,Daniela,Pablo,Paula,Andrés,Mariana,Ricardo,Ximena,Sergio,Elena,Raúl,\
            Inés,Ramón,Begoña,Íñigo,Nuria,Álvaro,Rocío,Gonzalo,Pilar,Joaquín,Mercedes,Tomás,Dolores,Ángel,Concepción,\
            Juan Pablo,María José,María del Carmen,José Luis,Francisco Javier,Guadalupe,Maximiliano,Esperanza
            """),
        family: Name.list(
            """
            García,Rodríguez,Martínez,Hernández,López,González,Pérez,Sánchez,Ramírez,Torres,Flores,Rivera,Gómez,\
            Díaz,Cruz,Morales,Reyes,Gutiérrez,Ortiz,Jiménez,Ruiz,Álvarez,Castillo,Romero,Vargas,Mendoza,Castro,\
            Núñez,Ibáñez,Muñoz,Peña,Herrera,Medina,Aguilar,Vega,Salazar,Delgado,Fuentes,Carrasco,Iglesias,\
            de la Torre,del Río,de los Santos,Fernández de Córdoba,Villalobos,Echeverría,Larrañaga,Goikoetxea
            """),
        middlePercent: 12, doubleFamilyPercent: 55, familyJoiner: " "
    )

    static let french = Self(
        weight: 5,
        given: Name.list(
            """
            Jean,Marie,Pierre,Camille,Louis,Chloé,Hugo,Léa,Théo,Manon,Étienne,Inès,François,Élodie,Gaël,Anaïs,\
            Jean-Luc,Jean-Baptiste,Marie-Claire,Anne-Sophie,Noël,Maëlle,Benoît,Hélène,Jérôme,Cécile,Amélie,Loïc
            """),
        family: Name.list(
            """
            Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefèvre,Michel,\
            Garcia,David,Bertrand,Roux,Vincent,Fournier,Morel,Girard,Rousseau,Mercier,Bonnet,Lambert,Faure,\
            Chevalier,Lemaître,Bélanger,Gagné,Côté,Lévesque,Du Pont de Nemours,Saint-Exupéry,Beaumarchais
            """)
    )

    static let german = Self(
        weight: 6,
        given: Name.list(
            """
            Lukas,Anna,Jonas,Lea,Leon,Hannah,Finn,Mia,Paul,Lena,Felix,Laura,Maximilian,Katharina,Jürgen|juergen,\
            Jörg|joerg,Günter|guenter,Uwe,Ute,Dieter,Wolfgang,Sabine,Matthias,Birgit,Stefan,Claudia,Klaus,Heike,\
            Sören|soeren,Björn|bjoern,Joost,Sanne,Daan,Femke,Bram,Maartje,Lotte,Ruud,Friedrich-Wilhelm,Hans-Peter
            """),
        family: Name.list(
            """
            Müller|mueller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer|schaefer,\
            Koch,Bauer,Richter,Klein,Wolf,Schröder|schroeder,Neumann,Schwarz,Zimmermann,Braun,Krüger|krueger,\
            Hofmann,Hartmann,Lange,Schmitt,Werner,Krause,Meier,Lehmann,Weiß|weiss,Groß|gross,Strauß|strauss,\
            de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Visser,Smit,Meijer,de Boer,van der Meer,\
            von Hohenzollern-Sigmaringen,Oberstaufenbach
            """)
    )

    static let italian = Self(
        weight: 4,
        given: Name.list(
            """
            Francesco,Giulia,Alessandro,Chiara,Lorenzo,Francesca,Matteo,Sara,Andrea,Martina,Niccolò,Aurora,\
            Leonardo,Alessia,Gabriele,Federica,Riccardo,Elisa,Tommaso,Ilaria,Giuseppe,Beatrice,Salvatore,Rosa
            """),
        family: Name.list(
            """
            Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,\
            Mancini,Costa,Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi,Caruso,\
            Ferrara,Galli,Martini,Leone,Longo,Gentile,D'Angelo,Di Stefano,Dell'Acqua,Lo Presti
            """)
    )

    static let portuguese = Self(
        weight: 4,
        given: Name.list(
            """
            João,Maria,Pedro,Ana,Lucas,Beatriz,Gabriel,Júlia,Rafael,Larissa,Gustavo,Letícia,Thiago,Fernanda,\
            Felipe,Camila,Mateus,Luísa,Vinícius,Bruna,Caio,Patrícia,Antônio,Conceição,Maria Fernanda,João Vitor
            """),
        family: Name.list(
            """
            Silva,Santos,Oliveira,Souza,Rodrigues,Ferreira,Alves,Pereira,Lima,Gomes,Costa,Ribeiro,Martins,\
            Carvalho,Almeida,Lopes,Soares,Fernandes,Vieira,Barbosa,Rocha,Dias,Nascimento,Andrade,Moreira,\
            Araújo,Magalhães,Gonçalves,Conceição,dos Santos,da Silva,de Oliveira,Assunção,Brandão
            """),
        middlePercent: 15, doubleFamilyPercent: 40, familyJoiner: " "
    )

    static let polish = Self(
        weight: 4,
        given: Name.list(
            """
            Łukasz|lukasz,Małgorzata|malgorzata,Paweł|pawel,Agnieszka,Michał|michal,Katarzyna,Piotr,Krzysztof,\
            Magdalena,Tomasz,Joanna,Wojciech,Aleksandra,Grzegorz,Zofia,Jakub,Dorota,Bartłomiej|bartlomiej,\
            Jiří|jiri,Tereza,Ondřej|ondrej,Petra,Vojtěch|vojtech,Kateřina|katerina,Radek,Zuzana
            """),
        family: Name.list(
            """
            Nowak,Wójcik|wojcik,Kowalczyk,Woźniak|wozniak,Mazur,Krawczyk,Kaczmarek,Zając|zajac,Król|krol,\
            Wieczorek,Pawlak,Michalak,Sikora,Baran,Dudek,Brzęczyszczykiewicz|brzeczyszczykiewicz,Svoboda,\
            Procházka|prochazka,Kučera|kucera,Hora,Beneš|benes,Marek
            """)
    )

    static let nordic = Self(
        weight: 3,
        given: Name.list(
            """
            Lars,Ingrid,Erik,Astrid,Nils,Sigrid,Magnus,Freja,Øystein|oystein,Åsa|asa,Søren|soren,Linnéa,Bjørn|bjorn,\
            Sven,Karin,Mikkel,Maja,Anders,Elin,Jóhann|johann,Guðrún|gudrun,Þór|thor,Sæunn|saeunn
            """),
        family: Name.list(
            """
            Johansson,Andersson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Hansen,\
            Jensen,Nielsen,Pedersen,Kristiansen,Hågensen|haagensen,Sørensen|sorensen,Østergaard|ostergaard,\
            Åberg|aaberg,Lindqvist,Virtanen,Korhonen,Mäkinen|makinen,Guðmundsson|gudmundsson
            """)
    )

    static let slavic = Self(
        weight: 3,
        given: Name.list(
            """
            Иван|ivan,Анна|anna,Дмитрий|dmitry,Ольга|olga,Сергей|sergey,Наталья|natalia,Алексей|alexey,\
            Екатерина|ekaterina,Андрей|andrey,Татьяна|tatiana,Олександр|oleksandr,Оксана|oksana,Богдан|bogdan
            """),
        family: Name.list(
            """
            Шевченко|shevchenko,Бондаренко|bondarenko,Ковальчук|kovalchuk,Ткаченко|tkachenko,Кравчук|kravchuk,\
            Мельник|melnyk,Бойко|boyko,Коваленко|kovalenko,Олійник|oliynyk,Лисенко|lysenko,Руденко|rudenko
            """),
        order: .familyFirst(separator: " "), romanizedPercent: 60
    )

    static let greek = Self(
        weight: 1,
        given: Name.list("Giorgos,Maria,Dimitris,Eleni,Konstantinos,Katerina,Nikos,Sofia,Yannis,Despina"),
        family: Name.list(
            """
            Papadakis,Georgiou,Oikonomou,Hatzigeorgiou,Papadimitriou,Antoniou,Christodoulou,Ioannou,\
            Konstantinou,Hatzidakis,Kyriakou
            """)
    )

    static let turkish = Self(
        weight: 2,
        given: Name.list(
            """
            Mehmet,Ayşe|ayse,Mustafa,Fatma,Ahmet,Emine,Ali,Hatice,Hüseyin|huseyin,Zeynep,Çağla|cagla,Oğuz|oguz
            """),
        family: Name.list(
            """
            Yılmaz|yilmaz,Kaya,Demir,Şahin|sahin,Çelik|celik,Yıldız|yildiz,Öztürk|ozturk,Aydın|aydin,Özdemir|ozdemir,\
            Arslan,Doğan|dogan
            """)
    )

    static let arabic = Self(
        weight: 4,
        given: Name.list(
            """
            Mohammed,Fatima,Ahmed,Aisha,Omar,Mariam,Ali,Layla,Hassan,Noor,Youssef,Salma,Khalid,Huda,Ibrahim,Zainab,\
            Abdulrahman,Abdullah,Nour El-Din,Rania,Tariq,Yasmin
            """),
        family: Name.list(
            """
            Al-Sayed,Haddad,Khalil,Nasser,Hussein,Mansour,Saleh,Abdullah,Al-Farsi,El-Amin,Qureshi,Rahman,\
            Al-Mansouri,Al-Rashid,Abu-Bakr,Al-Hashimi,Benali,Bouzid,Haddadi,El Idrissi
            """)
    )

    static let indian = Self(
        weight: 9,
        given: Name.list(
            """
            Aarav,Ananya,Vihaan,Diya,Arjun,Saanvi,Rohan,Priya,Aditya,Kavya,Rahul,Pooja,Vikram,Neha,Siddharth,\
            Shreya,Karthik,Lakshmi,Venkatesh,Deepika,Sanjay,Anjali,Rajesh,Sunita,Amit,Meera,Suresh,Divya,Harish,\
            Nandini,Gurpreet,Harpreet,Mohan,Radha
            """),
        family: Name.list(
            """
            Sharma,Patel,Singh,Kumar,Gupta,Reddy,Iyer,Nair,Menon,Rao,Das,Bose,Chatterjee,Banerjee,Mukherjee,\
            Joshi,Desai,Mehta,Shah,Kapoor,Malhotra,Verma,Agarwal,Pillai,Krishnan,Subramanian,Venkataraman,\
            Srinivasaraghavan,Ramachandran,Chandrasekhar,Bhattacharya,Thiruvenkatachari
            """),
        doubleFamilyPercent: 2
    )

    static let chinese = Self(
        weight: 6,
        given: Name.list(
            """
            伟|wei,芳|fang,娜|na,敏|min,静|jing,丽|li,强|qiang,磊|lei,军|jun,洋|yang,勇|yong,艳|yan,杰|jie,\
            涛|tao,明|ming,超|chao,秀英|xiuying,子涵|zihan,浩然|haoran,欣怡|xinyi,宇轩|yuxuan,梓萱|zixuan
            """),
        family: Name.list(
            """
            王|wang,李|li,张|zhang,刘|liu,陈|chen,杨|yang,黄|huang,赵|zhao,吴|wu,周|zhou,徐|xu,孙|sun,马|ma,\
            朱|zhu,胡|hu,郭|guo,何|he,林|lin,罗|luo,高|gao,欧阳|ouyang,司马|sima
            """),
        order: .familyFirst(separator: ""), middlePercent: 0, doubleFamilyPercent: 0, romanizedPercent: 35
    )

    static let japanese = Self(
        weight: 3,
        given: Name.list(
            """
            太郎|taro,花子|hanako,翔|sho,陽菜|hina,蓮|ren,結衣|yui,大輔|daisuke,さくら|sakura,健太|kenta,美咲|misaki,\
            拓也|takuya,愛|ai,悠真|yuma,葵|aoi,和也|kazuya,由美|yumi
            """),
        family: Name.list(
            """
            佐藤|sato,鈴木|suzuki,高橋|takahashi,田中|tanaka,伊藤|ito,渡辺|watanabe,山本|yamamoto,中村|nakamura,\
            小林|kobayashi,加藤|kato,吉田|yoshida,山田|yamada,佐々木|sasaki,山口|yamaguchi,松本|matsumoto
            """),
        order: .familyFirst(separator: " "), middlePercent: 0, doubleFamilyPercent: 0, romanizedPercent: 50
    )

    static let korean = Self(
        weight: 2,
        given: Name.list(
            """
            민준|minjun,서연|seoyeon,도윤|doyun,지우|jiwoo,하준|hajun,서윤|seoyun,지호|jiho,하은|haeun,준서|junseo,수아|sua
            """),
        family: Name.list("김|kim,이|lee,박|park,최|choi,정|jung,강|kang,조|cho,윤|yoon,장|jang,임|lim"),
        order: .familyFirst(separator: ""), middlePercent: 0, doubleFamilyPercent: 0, romanizedPercent: 40
    )

    static let vietnamese = Self(
        weight: 2,
        given: Name.list(
            """
            Anh|anh,Bảo|bao,Châu|chau,Dũng|dung,Hương|huong,Linh|linh,Minh|minh,Ngọc|ngoc,Phương|phuong,Quang|quang,\
            Thảo|thao,Tuấn|tuan
            """),
        family: Name.list(
            """
            Nguyễn|nguyen,Trần|tran,Lê|le,Phạm|pham,Hoàng|hoang,Huỳnh|huynh,Phan|phan,Vũ|vu,Võ|vo,Đặng|dang,Bùi|bui,\
            Đỗ|do
            """),
        order: .familyFirst(separator: " "), middlePercent: 0, doubleFamilyPercent: 0, romanizedPercent: 50
    )

    static let westAfrican = Self(
        weight: 2,
        given: Name.list(
            """
            Chinedu,Ngozi,Oluwaseun,Adaeze,Emeka,Funmilayo,Kwame,Ama,Kofi,Abena,Babatunde,Chiamaka,Obinna,Yetunde,\
            Oluwadamilare,Chimamanda
            """),
        family: Name.list(
            """
            Okafor,Adeyemi,Okonkwo,Mensah,Boateng,Nwosu,Eze,Adebayo,Owusu,Asante,Okeke,Balogun,Ogunleye,\
            Oyelaran-Oyeyinka,Akinwunmi-Adesanya,Nwachukwu
            """)
    )
}
