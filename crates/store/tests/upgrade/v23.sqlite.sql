PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE _sqlx_migrations (
    version BIGINT PRIMARY KEY,
    description TEXT NOT NULL,
    installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    success BOOLEAN NOT NULL,
    checksum BLOB NOT NULL,
    execution_time BIGINT NOT NULL
);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (1, 'core', '2026-11-30 18:41:45', 1, X'858bb75567cb93a3a6121b9fbf705b9a2ff571a22e92e783d718f7e7bbe40e1fe953fdf710a6073233387d3bcf89842b', 3109649);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (2, 'intake', '2026-11-30 18:41:45', 1, X'00bd74f23a8a05d45ac2a2af1b245d1dd3e3701e917002c8641529f2af44e1bde5320e1374708abd6f1bcf0124b77d58', 1039577);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (3, 'notifications', '2026-11-30 18:41:45', 1, X'ac9825ccecab90acb3efefe4f3d758a99512214b53c0f282d852d669d1bc9278ac4e07c18be14508c59c0a34550f0f4e', 866240);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (4, 'escalation routing', '2026-11-30 18:41:45', 1, X'75c6e920fafe3a4250f97a931ef9d643e0c18fc7be501a122a5559aa3fbada0d0ce7ea6017e3534057cee8a6e6a7ca44', 1225344);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (5, 'staff sessions', '2026-11-30 18:41:45', 1, X'90a0392224d1c5285e1d998a6370de47f4b21b92e6552f02816edc4a99116f0c75c8e0f8ab5cafe2f6e5939141f71069', 7180287);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (6, 'response guide', '2026-11-30 18:41:45', 1, X'53c589d695a7a1d20e53e304fda52c0d6aca42b1c13690854045c382ca615ca8c439dfb7a4a9c1302c2415f15ac8e349', 820521);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (7, 'search', '2026-11-30 18:41:45', 1, X'2bdb6635a4b4147919e9554823a764e2252db043ab4f9b714bd1fc2bce76ec4d5b405bacaf1215f6a402a48b4fd2f0b2', 3241164);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (8, 'unit queue index', '2026-11-30 18:41:45', 1, X'e030c0bd32182999b39285514c0626e6d58b2eff20f16717ec1694f0f42b78d4e92d980a6c88da2d55a33766a014705a', 720432);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (9, 'duplicates', '2026-11-30 18:41:45', 1, X'0ec041c41ad227009e39a359b8277d35d6f72266f6772ec62b25c796298c0a99bc35f9ec4e27937e9432f8b30f4e1fba', 1191333);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (10, 'admin audit', '2026-11-30 18:41:45', 1, X'a19cb4607c6e63f7834392124daaff31ed4471236af2e23dc27d804ff0cd49b6e3ce7ddb690418c6d56d5e2558a1234e', 931457);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (11, 'queue filter indexes', '2026-11-30 18:41:45', 1, X'a20b69e6faf96302118be6c44fabc3233ec2eca9f1c405d4d9d4f11c57e4423ed6c97296d32c54b3c45473888233bd57', 852108);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (12, 'totp', '2026-11-30 18:41:45', 1, X'088c13e4e755a7cb5e792df664eba65d47bd6494921b3e209ee7b256577f4d1ace0aa730c417bb2591031bf85f20dd83', 1578890);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (13, 'phone channels', '2026-11-30 18:41:45', 1, X'b173388c88b304fec87e66c7430862c7b2e7de66972bab130dfd180ce7b7f2b9761167d5be1f86be550ce324c6ecad36', 2098493);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (14, 'open311', '2026-11-30 18:41:45', 1, X'b19d31733831fd8741848db8063b8d4e66fa092d3f3dc1c707cdb409aac47f11f47e3c05ea8e2a8ed13ccf905fa774b7', 1905005);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (15, 'stats', '2026-11-30 18:41:45', 1, X'd5d8345d8d5d629a41825bcf6093c6dc83a38a154789b70d93d440ba4c33b0d0e107d82e907bf8bc00f100d829c60e5c', 3639116);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (16, 'stats rollup', '2026-11-30 18:41:45', 1, X'746c58b6b39dc1e14acd3e675852c87a76b70d3eb0c590cde6a7f4a94defdeb6f6c3fb9799764c4f642de16204b05e95', 3453841);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (17, 'attachment blobs', '2026-11-30 18:41:45', 1, X'1b22c664067f27889a31bb2e6f1d0b81b07d5d03c9f70d426466457826c478c9e1a2b831bf224a68b4aaa72900459f15', 1081384);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (18, 'retention', '2026-11-30 18:41:45', 1, X'2b07f4061a0e9918b27ef0c853ffbf220c6f0997db5838668facf5d127d0d4f38a6addd8f464b31c0e755db551f81564', 1551249);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (19, 'key rotation', '2026-11-30 18:41:45', 1, X'a92badb1d081f962edd1bdd1a492268b6514375aa5cb49df54f62b3e743974bd36d2a2ae121ce8586d1a2821cb4a54af', 525863);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (20, 'attempts', '2026-11-30 18:41:45', 1, X'25275a772db64570b49f1bc7cf1df3cdf6ee95e460384b7c51945e3fcd67e403c116104d7e819c7815f51edc8980ea41', 6921292);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (21, 'training', '2026-11-30 18:41:45', 1, X'fbc53877ed123ae6dd955e7629c1602ba6ed5c7c69f04fec4d9e701aacdef07a347ecba33ee282c8dc9e168fdbdfa7a7', 711268);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (22, 'service points', '2026-11-30 18:41:45', 1, X'8d103c7483057c54bfee511b8ff2c07e11e6160df58488aedd7d3661caae1d4093b9486b933aa19f992f0bc2cba471e9', 1645729);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (23, 'tallies', '2026-11-30 18:41:45', 1, X'336fe57808f53a5db586d7e11087c366f182693760de5743e88b3be4f75f071fbcadd3b1017eb8a098e7cdf27352c093', 1732498);
CREATE TABLE departments (
    code TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
);
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('EDU', 'Éducation', 'Education');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('SAN', 'Santé', 'Health');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('FP', 'Fonction publique', 'Civil service');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('JUS', 'Justice', 'Justice');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('GEN', 'À orienter', 'To be routed');
CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    capital TEXT NOT NULL
);
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF13', 'Kadiogo', 'Ouagadougou');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF47', 'Tannounyan', 'Banfora');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF48', 'Nakambé', 'Tenkodogo');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF49', 'Kuilsé', 'Kaya');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF50', 'Nando', 'Koudougou');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF51', 'Nazinon', 'Manga');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF53', 'Guiriko', 'Bobo-Dioulasso');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF54', 'Yaadga', 'Ouahigouya');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF55', 'Oubri', 'Ziniaré');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF57', 'Djôrô', 'Gaoua');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF58', 'Sirba', 'Bogandé');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF59', 'Soum', 'Djibo');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF60', 'Tapoa', 'Diapaga');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF61', 'Sourou', 'Tougan');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF62', 'Bankui', 'Dédougou');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF63', 'Goulmou', 'Fada N''Gourma');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF64', 'Liptako', 'Dori');
CREATE TABLE provinces (
    code TEXT PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES regions(code),
    name TEXT NOT NULL,
    capital TEXT NOT NULL
);
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4601', 'BF62', 'Balé', 'Boromo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4602', 'BF62', 'Banwa', 'Solenzo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4604', 'BF62', 'Mouhoun', 'Dédougou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5701', 'BF57', 'Bougouriba', 'Diébougou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5702', 'BF57', 'Ioba', 'Dano');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5703', 'BF57', 'Noumbiel', 'Batié');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5704', 'BF57', 'Poni', 'Gaoua');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5202', 'BF63', 'Gourma', 'Fada N''Gourma');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5204', 'BF63', 'Kompienga', 'Pama');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5301', 'BF53', 'Houet', 'Bobo-Dioulasso');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5302', 'BF53', 'Kénédougou', 'Orodara');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5303', 'BF53', 'Tuy', 'Houndé');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF1300', 'BF13', 'Kadiogo', 'Ouagadougou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4901', 'BF49', 'Bam', 'Kongoussi');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4902', 'BF49', 'Namentenga', 'Boulsa');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4903', 'BF49', 'Sandbondtenga', 'Kaya');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5601', 'BF64', 'Oudalan', 'Gorom-Gorom');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5602', 'BF64', 'Séno', 'Dori');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5604', 'BF64', 'Yagha', 'Sebba');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4801', 'BF48', 'Boulgou', 'Tenkodogo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4802', 'BF48', 'Koulpélogo', 'Ouargaye');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4803', 'BF48', 'Kouritenga', 'Koupéla');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5001', 'BF50', 'Boulkiemdé', 'Koudougou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5002', 'BF50', 'Sanguié', 'Réo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5003', 'BF50', 'Sissili', 'Léo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5004', 'BF50', 'Ziro', 'Sapouy');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5101', 'BF51', 'Bazèga', 'Kombissiri');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5102', 'BF51', 'Nahouri', 'Pô');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5103', 'BF51', 'Zoundwéogo', 'Manga');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5503', 'BF55', 'Bassitenga', 'Ziniaré');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5501', 'BF55', 'Ganzourgou', 'Zorgho');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5502', 'BF55', 'Kourwéogo', 'Boussé');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5201', 'BF58', 'Gnagna', 'Bogandé');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5203', 'BF58', 'Komondjari', 'Gayéri');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5603', 'BF59', 'Djelgodji', 'Djibo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5603-2', 'BF59', 'Karo-Peli', 'Arbinda');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4603', 'BF61', 'Koosin', 'Nouna');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4605', 'BF61', 'Nayala', 'Toma');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4606', 'BF61', 'Sourou', 'Tougan');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4701', 'BF47', 'Comoé', 'Banfora');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4702', 'BF47', 'Léraba', 'Sindou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5205-2', 'BF60', 'Dyamongou', 'Kantchari');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5205', 'BF60', 'Gobnangou', 'Diapaga');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5401', 'BF54', 'Loroum', 'Titao');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5402', 'BF54', 'Passoré', 'Yako');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5403', 'BF54', 'Yatenga', 'Ouahigouya');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5404', 'BF54', 'Zondoma', 'Gourcy');
CREATE TABLE communes (
    code TEXT PRIMARY KEY,
    province_code TEXT NOT NULL REFERENCES provinces(code),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    lat REAL,
    long REAL
);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130001', 'BF1300', 'Komki-Ipala', 'rural', 12.1695, -1.7455);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130002', 'BF1300', 'Komsilga', 'rural', 12.1879, -1.5984);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130003', 'BF1300', 'Koubri', 'rural', 12.2223, -1.2711);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130004', 'BF1300', 'Ouagadougou', 'urban', 12.3737, -1.537);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130005', 'BF1300', 'Pabré', 'rural', 12.5341, -1.611);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130006', 'BF1300', 'Saaba', 'rural', 12.3893, -1.3506);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130007', 'BF1300', 'Tanguen-Dassouri', 'rural', 12.3145, -1.7191);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460101', 'BF4601', 'Bagassi', 'rural', 11.7427, -3.2622);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460102', 'BF4601', 'Bana', 'rural', 11.9435, -3.4078);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460103', 'BF4601', 'Boromo', 'urban', 11.6744, -2.9602);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460104', 'BF4601', 'Fara', 'rural', 11.4297, -2.7278);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460105', 'BF4601', 'Ouri', 'rural', 11.9753, -3.0592);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460106', 'BF4601', 'Pâ', 'rural', 11.5831, -3.2639);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460107', 'BF4601', 'Pompoï', 'rural', 11.8777, -3.2469);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460108', 'BF4601', 'Poura', 'rural', 11.6321, -2.7544);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460109', 'BF4601', 'Siby', 'rural', 11.8607, -2.933);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460110', 'BF4601', 'Yaho', 'rural', 11.8194, -3.4856);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460201', 'BF4602', 'Balavé', 'rural', 12.3783, -4.1939);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460202', 'BF4602', 'Kouka', 'rural', 11.9003, -4.3557);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460203', 'BF4602', 'Sami', 'rural', 12.1772, -4.4585);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460204', 'BF4602', 'Sanaba', 'rural', 12.42, -3.7948);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460205', 'BF4602', 'Solenzo', 'urban', 12.1463, -4.0794);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460206', 'BF4602', 'Tansila', 'rural', 12.5412, -4.3307);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460301', 'BF4603', 'Barani', 'rural', 13.1248, -3.7568);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460302', 'BF4603', 'Bomborokui', 'rural', 12.9826, -3.9539);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460303', 'BF4603', 'Bourasso', 'rural', 12.6091, -3.6785);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460304', 'BF4603', 'Djibasso', 'rural', 13.1698, -4.1281);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460305', 'BF4603', 'Dokui', 'rural', 12.5619, -4.0581);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460306', 'BF4603', 'Doumbala', 'rural', 12.8606, -4.1455);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460307', 'BF4603', 'Kombori', 'rural', 13.3732, -3.9483);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460308', 'BF4603', 'Madouba', 'rural', 13.1133, -4.276);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460309', 'BF4603', 'Nouna', 'urban', 12.7916, -3.8217);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460311', 'BF4603', 'Sônô', 'rural', 12.8465, -3.5107);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460401', 'BF4604', 'Bondokui', 'rural', 11.8877, -3.7426);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460402', 'BF4604', 'Dédougou', 'urban', 12.4314, -3.4833);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460403', 'BF4604', 'Douroula', 'rural', 12.5324, -3.305);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460404', 'BF4604', 'Kona', 'rural', 12.1274, -3.4466);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460405', 'BF4604', 'Ouarkoye', 'rural', 12.1225, -3.7009);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460406', 'BF4604', 'Safané', 'rural', 12.1228, -3.2359);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460407', 'BF4604', 'Tchériba', 'rural', 12.2548, -3.0124);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460501', 'BF4605', 'Gassan', 'rural', 12.8077, -3.2358);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460502', 'BF4605', 'Gossina', 'rural', 12.5091, -2.8386);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460503', 'BF4605', 'Kougny', 'rural', 12.7114, -3.0535);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460504', 'BF4605', 'Toma', 'urban', 12.6845, -2.8841);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460505', 'BF4605', 'Yaba', 'rural', 12.8291, -2.8549);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460506', 'BF4605', 'Yé', 'rural', 12.5203, -3.0721);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460601', 'BF4606', 'Di', 'rural', 13.1652, -3.3891);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460602', 'BF4606', 'Gomboro', 'rural', 13.4451, -2.8237);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460603', 'BF4606', 'Kassoum', 'rural', 13.1025, -3.2616);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460604', 'BF4606', 'Kiembara', 'rural', 13.2919, -2.7617);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460605', 'BF4606', 'Lanfièra', 'rural', 12.9288, -3.4046);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460606', 'BF4606', 'Lankoué', 'rural', 13.2221, -2.5698);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460607', 'BF4606', 'Toéni', 'rural', 13.491, -3.1053);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460608', 'BF4606', 'Tougan', 'urban', 13.0997, -2.9554);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470101', 'BF4701', 'Banfora', 'urban', 10.5833, -4.8152);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470102', 'BF4701', 'Bérégadougou', 'rural', 10.76, -4.7235);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470103', 'BF4701', 'Mangodara', 'rural', 9.9455, -4.4112);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470104', 'BF4701', 'Moussodougou', 'rural', 10.8278, -4.8975);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470105', 'BF4701', 'Niangoloko', 'urban', 10.0782, -4.7802);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470106', 'BF4701', 'Ouô', 'rural', 10.251, -3.9419);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470107', 'BF4701', 'Sidéradougou', 'rural', 10.4672, -4.2123);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470108', 'BF4701', 'Soubakaniédougou', 'rural', 10.4101, -5.0052);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470109', 'BF4701', 'Tiéfora', 'rural', 10.6141, -4.5696);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470201', 'BF4702', 'Dakôrô', 'rural', 10.4215, -5.1651);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470202', 'BF4702', 'Douna', 'rural', 10.6451, -5.0898);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470203', 'BF4702', 'Kankalaba', 'rural', 10.7587, -5.292);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470204', 'BF4702', 'Loumana', 'rural', 10.5992, -5.3889);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470205', 'BF4702', 'Niankôrôdougou', 'rural', 10.4167, -5.354);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470206', 'BF4702', 'Ouéléni', 'rural', 10.88, -5.3887);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470207', 'BF4702', 'Sindou', 'urban', 10.6881, -5.1827);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470208', 'BF4702', 'Wolonkoto', 'rural', 10.7048, -5.0017);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480101', 'BF4801', 'Bagré', 'rural', 11.5629, -0.5107);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480102', 'BF4801', 'Bané', 'rural', 11.5201, -0.2769);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480103', 'BF4801', 'Béguédo', 'rural', 11.8023, -0.7447);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480104', 'BF4801', 'Bissiga', 'rural', 11.8195, -0.0702);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480105', 'BF4801', 'Bitou', 'urban', 11.293, -0.2922);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480106', 'BF4801', 'Boussouma', 'rural', 11.6723, -0.7036);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480107', 'BF4801', 'Garango', 'urban', 11.8528, -0.5677);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480108', 'BF4801', 'Komtoèga', 'rural', 11.8572, -0.6867);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480109', 'BF4801', 'Niaogho', 'rural', 11.7293, -0.8191);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480110', 'BF4801', 'Tenkodogo', 'urban', 11.749, -0.3236);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480111', 'BF4801', 'Zabré', 'rural', 11.1798, -0.5764);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480112', 'BF4801', 'Zoaga', 'rural', 11.0145, -0.6037);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480113', 'BF4801', 'Zonsé', 'rural', 11.3671, -0.5814);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480201', 'BF4802', 'Komin-Yanga', 'rural', 11.6798, 0.2018);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480202', 'BF4802', 'Dourtenga', 'rural', 11.6008, 0.0135);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480203', 'BF4802', 'Lalgaye', 'rural', 11.5328, -0.1025);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480204', 'BF4802', 'Ouargaye', 'urban', 11.4444, 0.04);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480205', 'BF4802', 'Sangha', 'rural', 11.1748, 0.1544);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480206', 'BF4802', 'Soudougui', 'rural', 11.3275, 0.4024);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480207', 'BF4802', 'Yargatenga', 'rural', 11.2288, 0.0004);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480208', 'BF4802', 'Yondé', 'rural', 11.481, 0.195);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480301', 'BF4803', 'Andemtenga', 'rural', 12.3827, -0.2964);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480302', 'BF4803', 'Baskouré', 'rural', 12.1713, -0.2188);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480303', 'BF4803', 'Dialgaye', 'rural', 11.9252, -0.3824);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480304', 'BF4803', 'Gounguen', 'rural', 12.1209, -0.1325);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480305', 'BF4803', 'Kando', 'rural', 12.418, -0.5031);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480306', 'BF4803', 'Koupèla', 'urban', 12.1592, -0.3429);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480307', 'BF4803', 'Pouytenga', 'urban', 12.2558, -0.4264);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480308', 'BF4803', 'Tensobentenga', 'rural', 11.9661, -0.2649);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480309', 'BF4803', 'Yargo', 'rural', 12.0786, -0.2661);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490101', 'BF4901', 'Bourzanga', 'rural', 13.7172, -1.5354);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490102', 'BF4901', 'Guibaré', 'rural', 13.1003, -1.6203);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490103', 'BF4901', 'Kongoussi', 'urban', 13.3904, -1.5947);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490104', 'BF4901', 'Nasséré', 'rural', 13.3194, -1.3687);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490105', 'BF4901', 'Rollo', 'rural', 13.5851, -1.7503);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490106', 'BF4901', 'Roukô', 'rural', 13.2114, -1.6504);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490107', 'BF4901', 'Sabsé', 'rural', 13.207, -1.4701);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490108', 'BF4901', 'Tikaré', 'rural', 13.3593, -1.7626);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490109', 'BF4901', 'Zimtanga', 'rural', 13.4733, -1.4566);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490201', 'BF4902', 'Boala', 'rural', 12.9276, -0.6708);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490202', 'BF4902', 'Boulsa', 'urban', 12.6857, -0.5316);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490203', 'BF4902', 'Bouroum', 'rural', 13.6798, -0.6247);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490204', 'BF4902', 'Dargo', 'rural', 12.7047, -0.317);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490205', 'BF4902', 'Nagbingou', 'rural', 13.5711, -0.4849);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490206', 'BF4902', 'Tougouri', 'rural', 13.2006, -0.5113);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490207', 'BF4902', 'Yalgo', 'rural', 13.4932, -0.3422);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490208', 'BF4902', 'Zéguédéguen', 'rural', 12.9179, -0.4385);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490301', 'BF4903', 'Barsalogho', 'rural', 13.5296, -1.0374);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490302', 'BF4903', 'Boussouma', 'rural', 12.9489, -1.0865);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490303', 'BF4903', 'Dablo', 'rural', 13.677, -1.1959);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490304', 'BF4903', 'Kaya', 'urban', 13.1621, -1.1484);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490305', 'BF4903', 'Korsimoro', 'rural', 12.8193, -1.1674);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490306', 'BF4903', 'Mané', 'rural', 13.0313, -1.4151);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490307', 'BF4903', 'Namissiguima', 'rural', 13.4675, -1.3004);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490308', 'BF4903', 'Pensa', 'rural', 13.6858, -0.7953);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490309', 'BF4903', 'Pibaoré', 'rural', 12.8154, -0.7907);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490310', 'BF4903', 'Pissila', 'rural', 13.2017, -0.8278);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490311', 'BF4903', 'Ziga', 'rural', 12.7133, -0.8906);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500101', 'BF5001', 'Bingo', 'rural', 12.3035, -1.9011);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500102', 'BF5001', 'Imasgho', 'rural', 12.4557, -2.3229);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500103', 'BF5001', 'Kindi', 'rural', 12.4463, -2.0551);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500104', 'BF5001', 'Kokologo', 'rural', 12.1875, -1.922);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500105', 'BF5001', 'Koudougou', 'urban', 12.2951, -2.3215);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500106', 'BF5001', 'Nanoro', 'rural', 12.6497, -2.1425);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500107', 'BF5001', 'Nandiala', 'rural', 12.3583, -2.1661);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500108', 'BF5001', 'Pella', 'rural', 12.5802, -2.0486);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500109', 'BF5001', 'Poa', 'rural', 12.2253, -2.0985);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500110', 'BF5001', 'Ramongo', 'rural', 12.1842, -2.2899);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500111', 'BF5001', 'Sabou', 'rural', 12.0808, -2.1899);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500112', 'BF5001', 'Siglé', 'rural', 12.5457, -1.8887);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500113', 'BF5001', 'Soa', 'rural', 12.5262, -2.1812);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500114', 'BF5001', 'Sourgou', 'rural', 12.0812, -2.3788);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500115', 'BF5001', 'Thiou', 'rural', 12.015, -2.1539);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500201', 'BF5002', 'Dassa', 'rural', 12.4193, -2.7268);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500202', 'BF5002', 'Didyr', 'rural', 12.5703, -2.6116);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500203', 'BF5002', 'Godyr', 'rural', 12.7328, -2.5854);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500204', 'BF5002', 'Kordié', 'rural', 12.5558, -2.3932);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500205', 'BF5002', 'Kyon', 'rural', 12.3244, -2.6396);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500206', 'BF5002', 'Pouni', 'rural', 11.9426, -2.5072);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500207', 'BF5002', 'Réo', 'urban', 12.3392, -2.4949);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500208', 'BF5002', 'Ténado', 'rural', 12.2006, -2.6684);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500209', 'BF5002', 'Zamo', 'rural', 11.9966, -2.7606);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500210', 'BF5002', 'Zawara', 'rural', 11.7607, -2.6927);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500301', 'BF5003', 'Bieha', 'rural', 11.1736, -1.7666);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500302', 'BF5003', 'Boura', 'rural', 11.1204, -2.4833);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500303', 'BF5003', 'Léo', 'urban', 11.084, -2.1075);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500304', 'BF5003', 'Nébiélianayou', 'rural', 11.8246, -2.3558);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500305', 'BF5003', 'Niabouri', 'rural', 11.2849, -2.6107);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500306', 'BF5003', 'Silly', 'rural', 11.5804, -2.498);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500307', 'BF5003', 'To', 'rural', 11.3576, -2.2633);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500401', 'BF5004', 'Bakata', 'rural', 11.8013, -1.8651);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500402', 'BF5004', 'Bougnounou', 'rural', 11.8775, -2.0772);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500403', 'BF5004', 'Kassou', 'rural', 11.5197, -2.002);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500404', 'BF5004', 'Dalô', 'rural', 11.7801, -2.1607);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500405', 'BF5004', 'Gaô', 'rural', 11.6235, -2.2394);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500406', 'BF5004', 'Sapouy', 'urban', 11.5703, -1.6477);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510101', 'BF5101', 'Doulougou', 'rural', 11.9082, -1.4756);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510102', 'BF5101', 'Gaongo', 'rural', 12.0216, -1.0765);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510103', 'BF5101', 'Ipelsé', 'rural', 11.8874, -1.6014);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510104', 'BF5101', 'Kayao', 'rural', 12.0318, -1.8627);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510105', 'BF5101', 'Kombissiri', 'urban', 11.987, -1.3258);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510106', 'BF5101', 'Saponé', 'rural', 12.0385, -1.5781);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510107', 'BF5101', 'Toécé', 'rural', 11.7896, -1.3165);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510201', 'BF5102', 'Guiaro', 'rural', 11.2958, -1.4169);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510202', 'BF5102', 'Po', 'urban', 11.1738, -1.1544);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510203', 'BF5102', 'Tiébélé', 'rural', 11.0899, -0.9358);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510204', 'BF5102', 'Zecco', 'rural', 11.0152, -0.8821);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510205', 'BF5102', 'Ziou', 'rural', 11.0694, -0.7683);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510301', 'BF5103', 'Béré', 'rural', 11.8678, -1.0947);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510302', 'BF5103', 'Bindé', 'rural', 11.7911, -0.9732);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510303', 'BF5103', 'Gogo', 'rural', 11.4642, -0.9331);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510304', 'BF5103', 'Gomboussougou', 'rural', 11.4004, -0.7402);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510305', 'BF5103', 'Guiba', 'rural', 11.6503, -1.1453);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510306', 'BF5103', 'Manga', 'urban', 11.6476, -1.0487);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510307', 'BF5103', 'Nobéré', 'rural', 11.5835, -1.2179);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520101', 'BF5201', 'Bilanga', 'rural', 12.5233, 0.0532);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520102', 'BF5201', 'Bogandé', 'urban', 12.9384, -0.0442);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520103', 'BF5201', 'Koala', 'rural', 13.3158, -0.0345);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520104', 'BF5201', 'Liptougou', 'rural', 13.0771, 0.3295);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520105', 'BF5201', 'Mani', 'rural', 13.2375, -0.2076);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520106', 'BF5201', 'Piéla', 'rural', 12.7259, -0.0585);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520107', 'BF5201', 'Thion', 'rural', 13.057, -0.3136);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520201', 'BF5202', 'Diabo', 'rural', 11.9508, -0.0012);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520202', 'BF5202', 'Diapangou', 'rural', 12.0903, 0.17);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520203', 'BF5202', 'Fada-Ngourma', 'urban', 11.9555, 0.4917);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520204', 'BF5202', 'Matiakoali', 'rural', 12.2449, 1.0337);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520205', 'BF5202', 'Tibga', 'rural', 12.2602, 0.0723);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520206', 'BF5202', 'Yamba', 'rural', 12.3258, 0.4427);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520301', 'BF5203', 'Bartiébougou', 'rural', 12.9041, 0.8145);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520302', 'BF5203', 'Foutouri', 'rural', 12.8136, 1.0556);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520303', 'BF5203', 'Gayéri', 'urban', 12.6703, 0.5565);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520401', 'BF5204', 'Kompienga', 'rural', 11.1095, 0.5917);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520402', 'BF5204', 'Madjoari', 'rural', 11.3941, 1.1821);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520403', 'BF5204', 'Pama', 'urban', 11.4872, 0.8514);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520501', 'BF5205-2', 'Botou', 'rural', 12.5142, 1.9967);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520502', 'BF5205', 'Diapaga', 'urban', 11.9924, 2.0365);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520503', 'BF5205-2', 'Kantchari', 'rural', 12.4313, 1.4622);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520504', 'BF5205', 'Lôgbou', 'rural', 11.5765, 1.6819);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520505', 'BF5205', 'Namouno', 'rural', 11.8496, 1.6757);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520506', 'BF5205', 'Partiaga', 'rural', 11.9524, 1.499);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520507', 'BF5205', 'Tambaga', 'rural', 11.7404, 1.5203);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520508', 'BF5205', 'Tansarga', 'rural', 11.8498, 1.9223);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530101', 'BF5301', 'Bama', 'rural', 11.4345, -4.3881);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530102', 'BF5301', 'Bobo-Dioulasso', 'urban', 11.1742, -4.2822);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530103', 'BF5301', 'Dandé', 'rural', 11.5949, -4.5247);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530104', 'BF5301', 'Faramana', 'rural', 12.0338, -4.5533);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530105', 'BF5301', 'Fo', 'rural', 11.9018, -4.5434);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530106', 'BF5301', 'Karangasso-Sambla', 'rural', 11.2568, -4.6625);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530107', 'BF5301', 'Karangasso-Vigué', 'rural', 10.9419, -3.9077);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530108', 'BF5301', 'Koundougou', 'rural', 11.722, -4.5111);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530109', 'BF5301', 'Lèna', 'rural', 11.2618, -3.9534);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530110', 'BF5301', 'Padéma', 'rural', 11.7712, -4.1929);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530111', 'BF5301', 'Péni', 'rural', 10.8952, -4.3433);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530112', 'BF5301', 'Satiri', 'rural', 11.5795, -4.0503);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530113', 'BF5301', 'Toussiana', 'rural', 10.9078, -4.6549);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530201', 'BF5302', 'Banzon', 'rural', 11.2799, -4.8352);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530202', 'BF5302', 'Djigouèra', 'rural', 11.1678, -4.9224);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530203', 'BF5302', 'Kangala', 'rural', 11.0188, -5.2192);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530204', 'BF5302', 'Kayan', 'rural', 11.8591, -4.7186);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530205', 'BF5302', 'Kôlôkô', 'rural', 11.1866, -5.2521);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530206', 'BF5302', 'Kourinion', 'rural', 11.0303, -4.7806);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530207', 'BF5302', 'Kourouma', 'rural', 11.5599, -4.7424);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530208', 'BF5302', 'Morlaba', 'rural', 11.8215, -5.1316);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530209', 'BF5302', 'Ndôrôla', 'rural', 11.825, -4.8924);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530210', 'BF5302', 'Orodara', 'urban', 10.9834, -4.9745);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530211', 'BF5302', 'Samôgôyiri', 'rural', 10.9324, -5.1073);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530212', 'BF5302', 'Samôgôgouan', 'rural', 11.4272, -4.9713);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530213', 'BF5302', 'Sindo', 'rural', 11.531, -5.1556);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530301', 'BF5303', 'Békui', 'rural', 11.6715, -3.8874);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530302', 'BF5303', 'Béréba', 'rural', 11.6435, -3.6946);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530303', 'BF5303', 'Boni', 'rural', 11.5086, -3.3979);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530304', 'BF5303', 'Founzan', 'rural', 11.3692, -3.271);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530305', 'BF5303', 'Houndé', 'urban', 11.4975, -3.6249);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530306', 'BF5303', 'Koti', 'rural', 11.4373, -2.9641);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530307', 'BF5303', 'Koumbia', 'rural', 11.2218, -3.6419);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540101', 'BF5401', 'Bahn', 'rural', 14.1238, -2.4349);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540102', 'BF5401', 'Ouindigui', 'rural', 13.7049, -1.9043);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540103', 'BF5401', 'Sollé', 'rural', 14.1188, -2.1932);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540104', 'BF5401', 'Titao', 'urban', 13.8561, -2.084);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540201', 'BF5402', 'Arbollé', 'rural', 12.84, -2.0201);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540202', 'BF5402', 'Bagaré', 'rural', 12.8896, -2.6345);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540204', 'BF5402', 'Boken', 'rural', 13.0108, -1.7487);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540205', 'BF5402', 'Gomponsom', 'rural', 13.0295, -2.1654);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540206', 'BF5402', 'Kirsi', 'rural', 12.9923, -1.9645);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540207', 'BF5402', 'La-Toden', 'rural', 12.8639, -2.4555);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540208', 'BF5402', 'Pilimpikou', 'rural', 12.7388, -2.1911);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540209', 'BF5402', 'Samba', 'rural', 12.7127, -2.397);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540210', 'BF5402', 'Yako', 'urban', 12.9179, -2.2824);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540301', 'BF5403', 'Barga', 'rural', 13.7864, -2.3278);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540302', 'BF5403', 'Kaïn', 'rural', 13.9762, -2.7326);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540303', 'BF5403', 'Kalsaka', 'rural', 13.1599, -2.0057);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540304', 'BF5403', 'Kossouka', 'rural', 13.3426, -1.8919);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540305', 'BF5403', 'Koumbri', 'rural', 13.8631, -2.4292);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540306', 'BF5403', 'Namissiguima', 'rural', 13.6376, -2.2522);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540307', 'BF5403', 'Ouahigouya', 'urban', 13.5892, -2.436);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540308', 'BF5403', 'Oula', 'rural', 13.449, -2.2498);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540309', 'BF5403', 'Rambo', 'rural', 13.2135, -1.8162);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540310', 'BF5403', 'Senguènèga', 'rural', 13.4394, -1.9993);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540311', 'BF5403', 'Tangaye', 'rural', 13.5769, -2.6285);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540312', 'BF5403', 'Thiou', 'rural', 13.7462, -2.7098);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540313', 'BF5403', 'Zogoré', 'rural', 13.4118, -2.577);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540401', 'BF5404', 'Bassi', 'rural', 13.3136, -2.216);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540402', 'BF5404', 'Boussou', 'rural', 13.0559, -2.5525);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540403', 'BF5404', 'Goursi', 'urban', 13.209, -2.384);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540404', 'BF5404', 'Lèba', 'rural', 13.3614, -2.394);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540405', 'BF5404', 'Tougo', 'rural', 13.2012, -2.1601);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550101', 'BF5501', 'Boudri', 'rural', 12.0488, -0.7537);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550102', 'BF5501', 'Kogho', 'rural', 12.6395, -0.7046);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550103', 'BF5501', 'Mégué', 'rural', 12.3843, -0.6983);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550104', 'BF5501', 'Môgtédo', 'rural', 12.1862, -0.9573);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550105', 'BF5501', 'Saolgo', 'rural', 12.4885, -0.6886);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550106', 'BF5501', 'Zam', 'rural', 12.393, -0.9365);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550107', 'BF5501', 'Zôrgho', 'urban', 12.2483, -0.6167);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550108', 'BF5501', 'Zoungou', 'rural', 12.1038, -0.5153);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550201', 'BF5502', 'Boussé', 'urban', 12.6744, -1.7558);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550202', 'BF5502', 'Laye', 'rural', 12.5481, -1.7708);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550203', 'BF5502', 'Niou', 'rural', 12.7979, -1.8465);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550204', 'BF5502', 'Sourgoubila', 'rural', 12.4074, -1.8956);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550205', 'BF5502', 'Toèguen', 'rural', 12.7807, -1.7067);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550301', 'BF5503', 'Ambsouya', 'rural', 12.5808, -0.9899);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550302', 'BF5503', 'Dapeolgo', 'rural', 12.7156, -1.5553);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550303', 'BF5503', 'Loumbila', 'rural', 12.5424, -1.4123);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550304', 'BF5503', 'Nagréongo', 'rural', 12.4214, -1.1653);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550305', 'BF5503', 'Ourgou-Manéga', 'rural', 12.8131, -1.4961);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550306', 'BF5503', 'Ziniaré', 'urban', 12.6047, -1.2481);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550307', 'BF5503', 'Zitenga', 'rural', 12.7517, -1.2816);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560101', 'BF5601', 'Déou', 'rural', 14.6878, -0.6909);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560102', 'BF5601', 'Gorom-Gorom', 'urban', 14.4121, -0.2461);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560103', 'BF5601', 'Markoye', 'rural', 14.6804, 0.0907);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560104', 'BF5601', 'Oursi', 'rural', 14.6638, -0.4084);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560105', 'BF5601', 'Tin-Akoff', 'rural', 14.9355, -0.3687);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560201', 'BF5602', 'Bani', 'rural', 13.7101, -0.16);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560202', 'BF5602', 'Dori', 'urban', 14.0202, -0.0452);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560203', 'BF5602', 'Falagountou', 'rural', 14.2903, 0.2196);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560204', 'BF5602', 'Gorgadji', 'rural', 13.9902, -0.4497);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560205', 'BF5602', 'Sampelga', 'rural', 13.7812, 0.2655);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560206', 'BF5602', 'Seytenga', 'rural', 14.0171, 0.3388);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560301', 'BF5603-2', 'Arbinda', 'rural', 14.1714, -0.8187);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560302', 'BF5603', 'Baraboulé', 'rural', 14.1652, -1.8792);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560303', 'BF5603', 'Diguel', 'rural', 14.3862, -1.8602);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560304', 'BF5603', 'Djibo', 'urban', 14.156, -1.6184);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560305', 'BF5603', 'Kelbo', 'rural', 13.849, -1.1642);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560306', 'BF5603-2', 'Koutougou', 'rural', 14.5566, -0.9949);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560307', 'BF5603', 'Nassoumbou', 'rural', 14.513, -1.4022);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560308', 'BF5603', 'Pobé-Mengao', 'rural', 13.9144, -1.7583);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560309', 'BF5603', 'Tongomayel', 'rural', 14.0864, -1.2818);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560401', 'BF5604', 'Boundoré', 'rural', 13.369, 0.9773);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560402', 'BF5604', 'Mansila', 'rural', 13.1436, 0.6762);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560403', 'BF5604', 'Sebba', 'urban', 13.4084, 0.6188);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560404', 'BF5604', 'Solhan', 'rural', 13.4243, 0.2824);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560405', 'BF5604', 'Tankougounadié', 'rural', 13.5599, 0.7244);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560406', 'BF5604', 'Titabè', 'rural', 13.6775, 0.4122);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570101', 'BF5701', 'Gbondjigui', 'rural', 10.9565, -3.54);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570102', 'BF5701', 'Diébougou', 'urban', 10.9376, -3.2701);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570103', 'BF5701', 'Dolo', 'rural', 10.8797, -3.4102);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570104', 'BF5701', 'Iôlôniôrô', 'rural', 10.7354, -3.537);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570105', 'BF5701', 'Tiankoura', 'rural', 10.7288, -3.2318);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570201', 'BF5702', 'Dano', 'urban', 11.1544, -3.0122);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570202', 'BF5702', 'Dissihn', 'rural', 10.9308, -2.9636);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570203', 'BF5702', 'Guéguéré', 'rural', 11.1238, -3.2498);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570204', 'BF5702', 'Koper', 'rural', 11.1135, -2.8811);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570205', 'BF5702', 'Niégo', 'rural', 11.1242, -2.6742);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570206', 'BF5702', 'Oronkua', 'rural', 11.2874, -3.1416);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570207', 'BF5702', 'Ouéssa', 'rural', 11.065, -2.7589);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570208', 'BF5702', 'Zambo', 'rural', 10.8335, -3.0337);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570301', 'BF5703', 'Batié', 'urban', 9.9042, -2.9127);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570302', 'BF5703', 'Boussou-Koula', 'rural', 9.8246, -3.0735);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570303', 'BF5703', 'Kpuéré', 'rural', 9.5798, -2.8289);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570304', 'BF5703', 'Legmoin', 'rural', 10.1266, -2.8967);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570305', 'BF5703', 'Midebdo', 'rural', 10.0354, -3.1734);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570401', 'BF5704', 'Bouroum-Bouroum', 'rural', 10.5313, -3.265);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570402', 'BF5704', 'Bousséra', 'rural', 10.366, -2.9533);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570403', 'BF5704', 'Djigouè', 'rural', 10.0246, -3.8016);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570404', 'BF5704', 'Gaoua', 'urban', 10.3501, -3.1985);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570405', 'BF5704', 'Gbomblora', 'rural', 10.2085, -2.9748);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570406', 'BF5704', 'Kampti', 'rural', 10.06, -3.4542);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570407', 'BF5704', 'Loropéni', 'rural', 10.4272, -3.5519);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570408', 'BF5704', 'Malba', 'rural', 10.4724, -2.9926);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570409', 'BF5704', 'Nako', 'rural', 10.612, -3.0481);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570410', 'BF5704', 'Périgban', 'rural', 10.2114, -3.3378);
CREATE TABLE units (
    code TEXT PRIMARY KEY,
    parent_code TEXT REFERENCES units(code),
    department_code TEXT REFERENCES departments(code),
    level TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    region_code TEXT REFERENCES regions(code),
    -- materialised path of codes, '/SAN/SAN-BF13/': scope checks are prefix tests
    path TEXT NOT NULL UNIQUE
);
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU', NULL, 'EDU', 'ministry', 'Ministère en charge de l''éducation nationale', 'Ministry in charge of national education', NULL, '/EDU/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP', NULL, 'FP', 'ministry', 'Ministère en charge de la fonction publique', 'Ministry in charge of the civil service', NULL, '/FP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('GEN', NULL, 'GEN', 'ministry', 'Service national d''orientation des plaintes', 'National complaints routing desk', NULL, '/GEN/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS', NULL, 'JUS', 'ministry', 'Ministère en charge de la justice', 'Ministry in charge of justice', NULL, '/JUS/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN', NULL, 'SAN', 'ministry', 'Ministère en charge de la santé', 'Ministry in charge of health', NULL, '/SAN/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF13', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Kadiogo', 'Regional directorate of national education — Kadiogo', 'BF13', '/EDU/EDU-BF13/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF47', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Tannounyan', 'Regional directorate of national education — Tannounyan', 'BF47', '/EDU/EDU-BF47/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF48', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Nakambé', 'Regional directorate of national education — Nakambé', 'BF48', '/EDU/EDU-BF48/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF49', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Kuilsé', 'Regional directorate of national education — Kuilsé', 'BF49', '/EDU/EDU-BF49/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF50', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Nando', 'Regional directorate of national education — Nando', 'BF50', '/EDU/EDU-BF50/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF51', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Nazinon', 'Regional directorate of national education — Nazinon', 'BF51', '/EDU/EDU-BF51/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF53', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Guiriko', 'Regional directorate of national education — Guiriko', 'BF53', '/EDU/EDU-BF53/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF54', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Yaadga', 'Regional directorate of national education — Yaadga', 'BF54', '/EDU/EDU-BF54/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF55', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Oubri', 'Regional directorate of national education — Oubri', 'BF55', '/EDU/EDU-BF55/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF57', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Djôrô', 'Regional directorate of national education — Djôrô', 'BF57', '/EDU/EDU-BF57/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF58', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Sirba', 'Regional directorate of national education — Sirba', 'BF58', '/EDU/EDU-BF58/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF59', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Soum', 'Regional directorate of national education — Soum', 'BF59', '/EDU/EDU-BF59/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF60', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Tapoa', 'Regional directorate of national education — Tapoa', 'BF60', '/EDU/EDU-BF60/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF61', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Sourou', 'Regional directorate of national education — Sourou', 'BF61', '/EDU/EDU-BF61/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF62', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Bankui', 'Regional directorate of national education — Bankui', 'BF62', '/EDU/EDU-BF62/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF63', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Goulmou', 'Regional directorate of national education — Goulmou', 'BF63', '/EDU/EDU-BF63/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF64', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Liptako', 'Regional directorate of national education — Liptako', 'BF64', '/EDU/EDU-BF64/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-CP', 'EDU', 'EDU', 'complaints_cell', 'Cellule des plaintes — Éducation', 'Complaints cell — Education', NULL, '/EDU/EDU-CP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF13', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Kadiogo', 'Regional directorate of the civil service — Kadiogo', 'BF13', '/FP/FP-BF13/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF47', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Tannounyan', 'Regional directorate of the civil service — Tannounyan', 'BF47', '/FP/FP-BF47/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF48', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Nakambé', 'Regional directorate of the civil service — Nakambé', 'BF48', '/FP/FP-BF48/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF49', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Kuilsé', 'Regional directorate of the civil service — Kuilsé', 'BF49', '/FP/FP-BF49/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF50', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Nando', 'Regional directorate of the civil service — Nando', 'BF50', '/FP/FP-BF50/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF51', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Nazinon', 'Regional directorate of the civil service — Nazinon', 'BF51', '/FP/FP-BF51/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF53', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Guiriko', 'Regional directorate of the civil service — Guiriko', 'BF53', '/FP/FP-BF53/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF54', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Yaadga', 'Regional directorate of the civil service — Yaadga', 'BF54', '/FP/FP-BF54/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF55', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Oubri', 'Regional directorate of the civil service — Oubri', 'BF55', '/FP/FP-BF55/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF57', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Djôrô', 'Regional directorate of the civil service — Djôrô', 'BF57', '/FP/FP-BF57/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF58', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Sirba', 'Regional directorate of the civil service — Sirba', 'BF58', '/FP/FP-BF58/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF59', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Soum', 'Regional directorate of the civil service — Soum', 'BF59', '/FP/FP-BF59/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF60', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Tapoa', 'Regional directorate of the civil service — Tapoa', 'BF60', '/FP/FP-BF60/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF61', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Sourou', 'Regional directorate of the civil service — Sourou', 'BF61', '/FP/FP-BF61/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF62', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Bankui', 'Regional directorate of the civil service — Bankui', 'BF62', '/FP/FP-BF62/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF63', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Goulmou', 'Regional directorate of the civil service — Goulmou', 'BF63', '/FP/FP-BF63/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF64', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Liptako', 'Regional directorate of the civil service — Liptako', 'BF64', '/FP/FP-BF64/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-CP', 'FP', 'FP', 'complaints_cell', 'Cellule des plaintes — Fonction publique', 'Complaints cell — Civil service', NULL, '/FP/FP-CP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF13', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Kadiogo', 'Regional directorate of justice — Kadiogo', 'BF13', '/JUS/JUS-BF13/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF47', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Tannounyan', 'Regional directorate of justice — Tannounyan', 'BF47', '/JUS/JUS-BF47/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF48', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Nakambé', 'Regional directorate of justice — Nakambé', 'BF48', '/JUS/JUS-BF48/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF49', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Kuilsé', 'Regional directorate of justice — Kuilsé', 'BF49', '/JUS/JUS-BF49/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF50', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Nando', 'Regional directorate of justice — Nando', 'BF50', '/JUS/JUS-BF50/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF51', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Nazinon', 'Regional directorate of justice — Nazinon', 'BF51', '/JUS/JUS-BF51/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF53', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Guiriko', 'Regional directorate of justice — Guiriko', 'BF53', '/JUS/JUS-BF53/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF54', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Yaadga', 'Regional directorate of justice — Yaadga', 'BF54', '/JUS/JUS-BF54/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF55', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Oubri', 'Regional directorate of justice — Oubri', 'BF55', '/JUS/JUS-BF55/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF57', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Djôrô', 'Regional directorate of justice — Djôrô', 'BF57', '/JUS/JUS-BF57/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF58', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Sirba', 'Regional directorate of justice — Sirba', 'BF58', '/JUS/JUS-BF58/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF59', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Soum', 'Regional directorate of justice — Soum', 'BF59', '/JUS/JUS-BF59/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF60', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Tapoa', 'Regional directorate of justice — Tapoa', 'BF60', '/JUS/JUS-BF60/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF61', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Sourou', 'Regional directorate of justice — Sourou', 'BF61', '/JUS/JUS-BF61/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF62', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Bankui', 'Regional directorate of justice — Bankui', 'BF62', '/JUS/JUS-BF62/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF63', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Goulmou', 'Regional directorate of justice — Goulmou', 'BF63', '/JUS/JUS-BF63/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF64', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Liptako', 'Regional directorate of justice — Liptako', 'BF64', '/JUS/JUS-BF64/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-CP', 'JUS', 'JUS', 'complaints_cell', 'Cellule des plaintes — Justice', 'Complaints cell — Justice', NULL, '/JUS/JUS-CP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF13', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Kadiogo', 'Regional directorate of health — Kadiogo', 'BF13', '/SAN/SAN-BF13/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF47', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Tannounyan', 'Regional directorate of health — Tannounyan', 'BF47', '/SAN/SAN-BF47/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF48', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Nakambé', 'Regional directorate of health — Nakambé', 'BF48', '/SAN/SAN-BF48/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF49', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Kuilsé', 'Regional directorate of health — Kuilsé', 'BF49', '/SAN/SAN-BF49/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF50', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Nando', 'Regional directorate of health — Nando', 'BF50', '/SAN/SAN-BF50/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF51', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Nazinon', 'Regional directorate of health — Nazinon', 'BF51', '/SAN/SAN-BF51/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF53', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Guiriko', 'Regional directorate of health — Guiriko', 'BF53', '/SAN/SAN-BF53/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF54', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Yaadga', 'Regional directorate of health — Yaadga', 'BF54', '/SAN/SAN-BF54/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF55', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Oubri', 'Regional directorate of health — Oubri', 'BF55', '/SAN/SAN-BF55/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF57', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Djôrô', 'Regional directorate of health — Djôrô', 'BF57', '/SAN/SAN-BF57/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF58', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Sirba', 'Regional directorate of health — Sirba', 'BF58', '/SAN/SAN-BF58/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF59', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Soum', 'Regional directorate of health — Soum', 'BF59', '/SAN/SAN-BF59/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF60', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Tapoa', 'Regional directorate of health — Tapoa', 'BF60', '/SAN/SAN-BF60/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF61', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Sourou', 'Regional directorate of health — Sourou', 'BF61', '/SAN/SAN-BF61/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF62', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Bankui', 'Regional directorate of health — Bankui', 'BF62', '/SAN/SAN-BF62/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF63', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Goulmou', 'Regional directorate of health — Goulmou', 'BF63', '/SAN/SAN-BF63/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF64', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Liptako', 'Regional directorate of health — Liptako', 'BF64', '/SAN/SAN-BF64/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-CP', 'SAN', 'SAN', 'complaints_cell', 'Cellule des plaintes — Santé', 'Complaints cell — Health', NULL, '/SAN/SAN-CP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF13-CMA30', 'SAN-BF13', 'SAN', 'facility', 'CMA du secteur 30', 'Sector 30 medical centre', 'BF13', '/SAN/SAN-BF13/SAN-BF13-CMA30/');
CREATE TABLE categories (
    code TEXT PRIMARY KEY,
    department_code TEXT NOT NULL REFERENCES departments(code),
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    ack_days INTEGER NOT NULL CHECK (ack_days >= 0),
    ack_count TEXT NOT NULL CHECK (ack_count IN ('calendar', 'working')),
    answer_days INTEGER NOT NULL CHECK (answer_days >= 0),
    answer_count TEXT NOT NULL CHECK (answer_count IN ('calendar', 'working')),
    extendable BOOLEAN NOT NULL
);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-FEES', 'EDU', 'Frais d''inscription et cotisations illicites', 'Illicit enrolment fees and levies', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-ABSENCE', 'EDU', 'Absence des enseignants', 'Teacher absence', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-EXAMS', 'EDU', 'Irrégularités aux examens scolaires', 'Irregularities in school examinations', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-CANTEEN', 'EDU', 'Cantines scolaires (repas non servis, vivres détournés)', 'School canteens (meals not served, food diverted)', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-VIOLENCE', 'EDU', 'Violences et harcèlement en milieu scolaire', 'Violence and harassment at school', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-DOCS', 'EDU', 'Délivrance des diplômes, attestations et relevés de notes', 'Issue of diplomas, certificates and transcripts', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-FEES', 'SAN', 'Paiements illicites et frais non officiels', 'Illicit payments and unofficial fees', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-FREECARE', 'SAN', 'Non-application de la gratuité des soins (enfants de moins de 5 ans, femmes enceintes)', 'Free care not applied (children under 5, pregnant women)', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-ABSENCE', 'SAN', 'Absence du personnel de santé', 'Health staff absence', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-STOCKOUT', 'SAN', 'Ruptures de médicaments et de produits de santé', 'Medicine and health product stock-outs', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-WAIT', 'SAN', 'Longue attente avant la prise en charge', 'Long waiting times before care', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-RECEPTION', 'SAN', 'Mauvais accueil et maltraitance des patients', 'Poor reception and mistreatment of patients', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-EXAMS', 'FP', 'Concours de la fonction publique', 'Civil service competitive examinations', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-CAREER', 'FP', 'Dossiers de carrière et de rémunération', 'Career and salary files', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-DOCS', 'FP', 'Délivrance des actes administratifs', 'Issue of administrative documents', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-CORRUPTION', 'FP', 'Corruption et pratiques illicites', 'Corruption and illicit practices', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-ABSENCE', 'FP', 'Absentéisme des agents publics', 'Absenteeism of public servants', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-RECEPTION', 'FP', 'Mauvais accueil des usagers', 'Poor reception of service users', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-DELAY', 'JUS', 'Lenteur des procédures judiciaires', 'Slow court proceedings', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-FILES', 'JUS', 'Accès aux dossiers et aux décisions de justice', 'Access to case files and court decisions', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-CORRUPTION', 'JUS', 'Corruption dans les services judiciaires', 'Corruption in the justice services', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-DOCS', 'JUS', 'Délivrance du casier judiciaire et du certificat de nationalité', 'Issue of criminal record extracts and nationality certificates', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-DETENTION', 'JUS', 'Conditions de détention', 'Conditions of detention', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-RECEPTION', 'JUS', 'Mauvais accueil et manque d''information des justiciables', 'Poor reception and lack of information for court users', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('GEN-OTHER', 'GEN', 'Autre ou non précisé (à orienter)', 'Other or not stated (to be routed)', 3, 'working', 10, 'calendar', 1);
CREATE TABLE holidays (
    rule TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
);
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('01-01', 'Jour de l''An', 'New Year''s Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('03-08', 'Journée internationale des droits de la femme', 'International Women''s Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('05-01', 'Fête du travail', 'Labour Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('05-15', 'Journée des coutumes et traditions', 'Customs and Traditions Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('08-15', 'Assomption', 'Assumption Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('12-11', 'Fête nationale (proclamation de la République)', 'National Day (proclamation of the Republic)');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('12-25', 'Noël', 'Christmas Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('easter+39', 'Ascension', 'Ascension Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('2027-03-10', 'Jour férié de test', 'Test holiday');
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'officer', 'intake', 'auditor')),
    unit_code TEXT REFERENCES units(code),
    password_hash TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL
, failed_logins INTEGER NOT NULL DEFAULT 0, locked_until TEXT, totp_secret BLOB, totp_last_step INTEGER);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (10, 'agent.fp.kadiogo@demo.redress.bf', 'Alizèta Tapsoba', 'officer', 'FP-BF13', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (11, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (12, 'agent.justice.kadiogo@demo.redress.bf', 'Hamidou Belem', 'officer', 'JUS-BF13', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (13, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$27tDw+oe8uGMqL7aLG0Dnw$dR0VZs4hs9GylNzv6u/LNMMfbj1/827BwIuMVk1BuZ4', 0, '2026-11-30T18:41:45.795288Z', 0, NULL, NULL, NULL);
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
, expires_at TEXT);
INSERT INTO "api_tokens" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('f8cf46438b25c591a394da504cb9c365e3e93a8ba3bbe0fcc133cdfb134f10f6', 1, '2026-11-30T18:41:46.528838Z', '2027-02-28T18:41:46.528838Z');
CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    tracking_code TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    category_code TEXT NOT NULL REFERENCES categories(code),
    unit_code TEXT NOT NULL REFERENCES units(code),
    commune_code TEXT REFERENCES communes(code),
    address TEXT,
    lat REAL,
    long REAL,
    description TEXT NOT NULL,
    anonymous BOOLEAN NOT NULL,
    -- name, phone, email of the complainant: XChaCha20-Poly1305 sealed JSON, or NULL
    complainant BLOB,
    status TEXT NOT NULL,
    assignee_id INTEGER REFERENCES users(id),
    escalation_level INTEGER NOT NULL DEFAULT 0,
    -- bumped by every change: concurrent changes are refused, not lost
    version INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    acknowledge_by TEXT NOT NULL,
    answer_by TEXT NOT NULL,
    acknowledged_at TEXT,
    answered_at TEXT,
    closed_at TEXT
, duplicate_of INTEGER REFERENCES complaints(id), sender_key TEXT, media_url TEXT, erased_at TEXT, service_point_code TEXT);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (1, 'A58JV6MEFV2', '3396fe223ed0aa9c4a934956d3cad57d49d93293d69f3aa1fbe8dcc12180c8fd', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'542fc21d91be3c2cf5aa004d8a8d98519df6ba0a1e9e86379b2a59b643cdb5a2595d1423dfaa5a970d13dc1bfad44690dedb074cbbd9b5910dd80a7325564f85', 'received', NULL, 0, 0, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (2, 'AVH8AYYZNRM', 'bececf7f96d507a468460628fcaca455bbc7699e09030bcdcca76b4cc9176329', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'accepted', NULL, 0, 1, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (3, '0WB7VBMGAW5', '6a1f7bbe05746e3e3f79c2958ef3507b17e0bf74203ad09d70576a92b48bd928', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'bcb736087eaf683722377048e48c99c0416c284e2ef66e7e28aab1cc3d03c8c3e32bdb5ed62e396546df16be03a09a23a14ba62ed2409c1687bbc091ec6186cd', 'assigned', 5, 0, 2, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (4, 'MHZJWJ8S1TK', '6b7f0a674844cef78c551186ac2fbf86721675bcf4b581bed4ff845408176b62', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'1efb778b9ee79c88e95d445e83d15c8647d025689b09bdcfb851cb24b8b2ca97d80f6dbc0e556d936afbd69809f45553c798aa4ab74548de454058c15f6dea7d', 'in_progress', 4, 0, 3, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (5, 'EKR4KMSXDBR', '7cac1939249c78ea0679fc44c455f8e7b01e7f348a18bc49ce2427f5f4e32742', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'72f751782c505dc8116185e2dfe2e1dd90cfd875bded789fda16ac6243d16e2a1c4b0d958ac707a5e0e149812d68a69d8196bc688f98210361787a9608ad8151', 'answered', 8, 0, 4, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (6, '9EF53C6HWW9', '4b72821c9052bf7332cec798331796bb3d1edf485dd9c7793bcf49054eabb989', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'appealed', 7, 0, 5, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (7, '8KVEZHEFY54', '16f665915f072f7ceb00e228447cd91b6bd843b6184b6727d35920dff6282c7a', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'75d3fe9b685dee21b342fb40a39010b15c814313ec3f22226c7bf1e101a21b19da8d5b2e08c750578250dd9d3c6cae39ea626a7c44a4f82459fdb01454d4510b', 'closed', 7, 0, 5, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (8, 'JRPATKWZWYY', '90275878cda79d4515e81377ea36edc31159e5501254bd1494d91e7a81ee776a', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'ddfa8c4a061868fd05075099fdd9024fe6e39e05390f29036fc61c7de7a23ba1666b737cc7316fdb0b121930061dfc9074f6333f82f5afc01dd81be9a4473f07', 'rejected', NULL, 0, 1, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (9, 'PFVK2YZNV8P', '8437f9dd9558859dd845b3e1ed56d1cb4f59b1d71b1aad4bc39a15381c199b88', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'f0f298337f76304d210f86a2c7bdadf4cfd32dae1972b850fcfb58fed4952ec34606aa21b9d82aef5f2590bcee493239ebc5e65b54a79188bd9cea05da78ef9a', 'withdrawn', NULL, 0, 1, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (10, 'VQ09YTBCZ2B', '75852cdcd7add8ad737d9beefbf3f0a98b7beaeb4b7e00a2cc601036f62c27d6', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'received', NULL, 0, 0, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (11, 'RWZVKYDK8P0', '5cacf759ecfdc933b1d640acd26ae2599791d009d1cf29cd2aae6aa7aa9191b0', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'2f0cf1337bb03d9b3b2997227ab016c13bb7ef12431ff83da5c7fbcfdf4990a97c065008b2ca05235655620087bb80e57e8ad59e6da4f48ea30e24d44b245391', 'accepted', NULL, 0, 1, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (12, 'RZW6EAJVRC6', '97c58bd5b9adc398c4d87ca0cc30360a3797b9f0f0a0fe14863b0e5bffabcedd', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'ec59ca8308169d0bd918bf66ce20694ff6533f30003447413b9ed01ffa1531f456fa1922323bffb43860f4f6186050665c952512a615fa03c1c13830073f9c67', 'assigned', 11, 0, 2, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (13, 'F0H6H22TBQE', '83afcd26efad87475b3fa5c0994f802b5932710657419e354a4af80cc4083729', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'5690f290656b1bcc3852656387dc7303c83622679f2b2eb46a8a4d32242700d9e5c5dd5e4c51662c70a5e96a63a709c14369700442c7e308670471cbbc4bc453', 'in_progress', 5, 0, 3, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (14, 'ZBQEZ4F00D8', 'dc80e8b1b4a5027e5a47f4bd3a58bd4e24698473f175a888ee4cc69684377c5d', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'answered', 6, 0, 4, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (15, 'YHJK5X48355', '9c4ee2647b84037bdc8625d806ba1e469c428413e1f096a96f6ad7ead21420e2', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'3f743b9fc72a1abe52ddb3e9444e4319b3fd22816bc7fb447ee8273bc75a3649fea4a0148badaec9c72594127365f34e32140d578063d1fc392c4e2a8b6a34f5', 'appealed', 5, 0, 5, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (16, 'GXAW7Q9T6DY', '55483680c8d9370cf9444bf7a28627737bc010dd67ee8ae3ada616099af05d7b', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'194e4dd7a3b2aec3b1a23182496b68afb4e7a91b2e3b5fbf4bde0a2b8e3da4fbf2ba3759fedc9ec87bd3036ecdabb18481d67c1a4d98508c9a58c73346fcd7b4', 'closed', 4, 0, 5, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (17, 'Z6C9RJ08A6M', '6e681963ba450d3d0813866fed198b655c084994092515536fd04d19d046722d', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'358160da6fc68ccddcacad753cc17eed2b646dd53bfb7e318051f88bc52e0ceed87fbcc9f23482455b76be1770fc036a62960e33c7d3d3eaff94d5615e2cadd6', 'rejected', NULL, 0, 1, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (18, 'J4A7GP96199', '1a6763c3efce2ed387e323fd71897819953d4c4be03d4d60ca80a810a85087cb', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'withdrawn', NULL, 0, 1, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (19, 'DXH0G2S0HG8', 'bf57ed234804966c8cdc18c39dcbc33dd7efa51a53c7fdfb4138abfea93d4e13', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'bae31a10d187ed194a65d86a550a0fb1c0d9a8101371989f5d2393c4cb963c6473db2fb2bea4f052b974b541116790752fb53842fd57be97875f1846178c2149', 'received', NULL, 0, 0, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (20, 'QBDMK4X411T', '9f61e73b4d1ec791adc1efa1ecef91732cd185a40263005fef8a4a3f292da0ad', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'1989cde1ad311bf7575d7dd7d07d63a92b91b7ff243819efc888c04874297e82eec31a075110acc37c7c632908f95bb21f5bc0f26d13ae35d68c7a5606bfe984', 'accepted', NULL, 0, 1, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (21, 'YFJZ8EYE7HB', '653ceda8fad2d8a1151261e50de3179038808ac84facef274b78b392a2254418', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'4767b33e1ef0c5ece371f0a3d12cbf9a88e0f062e86e4b52af8dac8a2d9868a2cdbeb6ee4610e088e6246dd9cf65ab4811aab102ee674d4e23d1f5d78a4e85f8', 'assigned', 10, 0, 2, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (22, 'GQ75V7D51N4', '33c3e19a7130e4ab626a860cda42209aa2a46e7e5149cf78952d5410b3a4c70a', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'in_progress', 9, 0, 3, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (23, '6GA4WKNJW8Y', '331767b55e5946afdeddf4dd9869524737cdd660a05c5de3638e977630d15bd3', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'312ac370f950300a0a1ec3fa5243c89a295912efa7dcfbb7401efceca82034faee2cdc2651bd058e5e8c3b54049958f4f8e0047fef1b82ef42ffc951a2d5c853', 'answered', 11, 0, 4, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (24, 'RT0V7KF9YGE', '225b0b438f95a1018a6d1803a5d3bab0c5d8784ca4202abc5e959b512f8b7cae', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'3600df6ac95dac49e66ec34a55276d0aaa38714f27ac6d5aff98e66710001a33678342b00e5ca9353483d742671d39e580e823ad455d21f052e9eb520249ac1c', 'appealed', 11, 0, 5, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (25, 'W3H9SZ51V9F', 'df12650521f2eb74d4055d9fbaaf1a4db6ca1c741a4d2b56eae1885d2b4053e9', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'84e494131326e1a0609db66c3e7905f4c8233d46a074982eea8e12d001b5b1a66fe02eff6c6d3a3544bcf62f24cba54de49f26c6cac5dc24994b1df98d1fda5b', 'closed', 5, 0, 5, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (26, '0QVVADEQ9BZ', '14194eaccd2a2fbf8f3a73fea81757fdc56aa75e9241596eed66ff1bee133b34', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'rejected', NULL, 0, 1, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', '2026-11-30T18:41:45.795288Z', NULL, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (27, 'EN223CW0PQ5', 'c7113c5c601e004734763b41d852bdae159ee58415067e835718cddc8b619d67', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'8aec54bdde4dc4d21dfb1b7d464d07e7c520657a54c81e3d1019378b1f279c618574e8daa4aa136b71e07ae2d8030c1835fad65856e166b5c5ae6a0fef0aa3b5', 'withdrawn', NULL, 0, 1, '2026-11-30T18:41:45.795288Z', '2026-11-30T18:41:45.795288Z', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (28, 'FBGW954XXJY', '3aab34b9e79e92972c92867181e60f48dc85975ca4ebf87a899937ce39e3608a', 'complaint', 'web', 'fr', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Attente de plus de six heures aux urgences sans être reçu.', 1, NULL, 'received', NULL, 1, 1, '2026-10-14T18:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-10-19', '2026-10-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (29, 'W5A8W6SP31D', 'd77bf399b3a5d6e32afcd96bc1195a4b736e31c03b26a2f551bdaf920e8efe18', 'complaint', 'sms', 'mos', 'EDU-FEES', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'On exige des frais de cotisation non prévus pour inscrire mon enfant.', 0, NULL, 'received', NULL, 1, 1, '2026-10-17T17:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-10-21', '2026-10-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (30, 'J9GS0RM7DGR', 'e713a3112f846f5e73c565433b269c8cc17a5cde0f200bfda26ec117bb43745a', 'complaint', 'phone', 'fr', 'SAN-FEES', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'On m''a fait payer un carnet de santé qui devrait être gratuit.', 0, NULL, 'received', NULL, 1, 1, '2026-10-21T16:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-10-26', '2026-11-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (31, 'MJNY1KWQ9FV', 'b9753fdec3eb7897ae4de3b3a9fb6cdac45deee8e14f7ceee5bf254e8fbdedc8', 'complaint', 'web', 'dyu', 'JUS-DELAY', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'Mon dossier n''a pas avancé depuis deux ans au tribunal.', 1, NULL, 'received', NULL, 1, 1, '2026-10-24T15:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-10-28', '2026-11-03', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (32, 'YKKZBB9RF9D', 'a562f1d309191696ccc35e407fe9086d427c420182e97d82afc6da48b56495d2', 'complaint', 'ussd', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Plus de médicaments contre le paludisme au dépôt depuis dix jours.', 0, NULL, 'received', NULL, 1, 1, '2026-10-28T14:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-02', '2026-11-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (33, 'T5KC31DJXHT', '5a8154eda4facdaeb7a1a5637ae6a92a8ab67f26a606cb925c727024643c3124', 'complaint', 'web', 'mos', 'EDU-ABSENCE', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'L''enseignant de CE2 est absent depuis trois semaines.', 0, NULL, 'received', NULL, 1, 1, '2026-10-31T13:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-04', '2026-11-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (34, 'SSHWY5E4NS4', 'd0b5bfb4ae7a39cbcef4adb4127e12f98f5308a9ba8e7fd5d7b03e0ff18eb6d9', 'complaint', 'sms', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'L''accueil a été très désagréable avec une femme enceinte.', 1, NULL, 'received', NULL, 1, 1, '2026-11-04T12:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-09', '2026-11-16', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (35, 'N935D335A02', 'f87b10533ffe30566c11cff1cc37d6a12cb08b76141b758e1b3d2dd48ce29975', 'complaint', 'walk_in', 'dyu', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'J''attends mon attestation de travail depuis cinq mois.', 0, NULL, 'received', NULL, 1, 1, '2026-11-07T18:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-11', '2026-11-17', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (36, 'X4JHXPJEX81', '00e1138bbcf8174b0956a36ebeb7e7928dd3ab615dc6f0b4b799e242763e5a2e', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS on m''a fait payer la consultation de mon bébé de six mois.', 0, NULL, 'received', NULL, 1, 1, '2026-11-10T17:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-13', '2026-11-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (37, '9XR6D8T9MV4', '9a8faed9ec31710dc09c3dc9298db69713ba72d2f6d21863eda8d954fbcb1070', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école demande 3000 F de frais de table-bancs à chaque élève.', 1, NULL, 'received', NULL, 1, 1, '2026-11-10T16:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-13', '2026-11-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-TANGHIN-A');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (38, '62JXR1JKF8Q', 'a665515a1385e7ab58a175fdd1eeabe723de7af558c187eca795f52ce02932c1', 'complaint', 'sms', 'fr', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Les consultations commencent à 10 h alors que le centre ouvre à 7 h.', 0, NULL, 'received', NULL, 1, 1, '2026-11-11T15:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-16', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (39, 'WJH9D4BWSNZ', '271a8179ab7db3237d9af1bb0f309f803b134ffd0eead9758809f54d1ca982fb', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130006', NULL, NULL, NULL, 'Le dépôt n''a plus de SRO ni de zinc pour les enfants.', 0, NULL, 'received', NULL, 1, 1, '2026-11-12T14:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-WEND-KUUNI');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (40, 'Q6SXHBQ64EZ', '1cdddc6b322bad7ed363e03e625e21325ca2e0458b63c17f318e250a8efed288', 'complaint', 'ussd', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'La cantine n''a pas fonctionné depuis la rentrée.', 1, NULL, 'received', NULL, 1, 1, '2026-11-12T13:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (41, 'G4KA2MB7E55', '178bd645c240dc6b68b273b8cac3e71da91275695c549c9d0743fc80488fdfe2', 'complaint', 'web', 'mos', 'JUS-DOCS', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'On me demande de l''argent pour délivrer un certificat de nationalité.', 0, NULL, 'received', NULL, 1, 1, '2026-11-13T12:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-18', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-OUAGADOUGOU');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (42, '8VY7DXBEQP2', '91404b42cf8c30795ee25da63b6102008699d3ec41747d82737800088149ec33', 'complaint', 'phone', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le major du CSPS est absent tous les vendredis.', 0, NULL, 'received', NULL, 1, 1, '2026-11-14T18:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-18', '2026-11-24', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (43, 'R2C7K3XKQCY', 'd499dc9ff467879f6c8fa94b09e08993943b6e1664efb0c4186389799f14ed46', 'complaint', 'web', 'dyu', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Attente de toute une journée pour une échographie.', 1, NULL, 'received', NULL, 1, 1, '2026-11-15T17:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CMA-DO');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (44, 'J66VR02G050', '0dcf87503d4a9554e84983787c1c3ae9812261bf6e6da088881d80a9debc6873', 'complaint', 'web', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Un agent a insulté ma mère à l''accueil du centre.', 0, NULL, 'received', NULL, 1, 1, '2026-11-15T16:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (45, '96FRDCW9CAR', '894ef08e70dbabd0fb64db38cc2b2fb971d8180ccdf024b043edeb7bbfcd9d16', 'complaint', 'sms', 'mos', 'FP-CAREER', 'FP-BF49', 'BF490304', NULL, NULL, NULL, 'Mon reclassement n''est toujours pas appliqué sur mon salaire.', 0, NULL, 'received', NULL, 1, 1, '2026-11-16T15:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-19', '2026-11-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (46, 'C0PZK29A49N', '91de10077fe81a73cf2201c4858dd2214ed5efa30ce0c22bd179ae69bf7cafee', 'complaint', 'web', 'fr', 'EDU-EXAMS', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'Des notes du BEPC blanc ont été vendues à certains élèves.', 1, NULL, 'received', NULL, 1, 1, '2026-11-17T14:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-20', '2026-11-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'LYCEE-OUEZZIN');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (47, 'BVWJF4A895S', '61a3f1bbfc3cd73ae78a0def4c4fde95870fe56d23914be813b318cb89706db6', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'On m''a demandé de payer les gants et la seringue à la maternité.', 0, NULL, 'received', NULL, 1, 1, '2026-11-18T13:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-23', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (48, 'JTVN301P5RC', 'eff6efd7a7e0364ea66ede1cf8a248652c093881275420602d4838628796d872', 'complaint', 'web', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130002', NULL, NULL, NULL, 'Les vivres de la cantine sont vendus au marché par le gérant.', 0, NULL, 'received', NULL, 1, 1, '2026-11-19T12:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-24', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KOMSILGA-CENTRE');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (49, '1RGKM7XEBCS', '1187ce9d331056b40673218af7975d61e555e47b6ab6a2e7bfc088b88984c7aa', 'complaint', 'ussd', 'mos', 'SAN-FREECARE', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'La gratuité des soins pour les moins de cinq ans n''est pas appliquée.', 1, NULL, 'received', NULL, 1, 1, '2026-11-20T18:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-25', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (50, '4T01B17E1S1', '5ad7ea0d5c229b1718089de0316761d3331c162a9c21bbdb526eeb2b506bb782', 'complaint', 'web', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le centre est resté fermé deux jours sans explication.', 0, NULL, 'received', NULL, 1, 1, '2026-11-21T17:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-25', '2026-12-01', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-KAYA-5');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (51, '20C9RXJA7Y3', '15924fa4198d81c19970c2790b8a66e2dbfd1ad313f2f132c9665c4c1d82c986', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF50', 'BF500105', NULL, NULL, NULL, 'On fait payer les pansements aux malades hospitalisés.', 0, NULL, 'received', NULL, 1, 1, '2026-11-22T16:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-25', '2026-12-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CHR-KOUDOUGOU');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (52, 'MD61BH6CAP7', 'aafc04d2888d8d60f1c40b4618ff3cf4a8a3af47825b6cf7c43b627bf0e95d79', 'complaint', 'sms', 'fr', 'EDU-ABSENCE', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Deux enseignants de l''école sont absents depuis la fête.', 1, NULL, 'received', NULL, 1, 1, '2026-11-23T15:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-26', '2026-12-03', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (53, 'FS1ZS9B4RTK', 'f8d230329a85b31cd90b21e898e8b65561dedc8063105b77221153bc7285be73', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'Le directeur exige une cotisation pour la fête de fin d''année.', 0, NULL, 'received', NULL, 1, 1, '2026-11-24T14:41:45.795288Z', '2026-11-30T18:41:46.883157Z', '2026-11-27', '2026-12-04', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KAYA-B');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (54, 'S906VXCXERD', 'b179ad5cb55351d9d3c906f4a3b24a661a6a61836bf31e325b4c604c0e68892c', 'complaint', 'phone', 'fr', 'JUS-DELAY', 'JUS-BF49', 'BF490304', NULL, NULL, NULL, 'Mon jugement n''est pas rédigé un an après l''audience.', 0, NULL, 'received', NULL, 0, 0, '2026-11-25T13:41:45.795288Z', '2026-11-25T13:41:45.795288Z', '2026-11-30', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (55, 'XMESB0VRTZ9', '5ec179542bcdbd0838fee3216261f75a35b4db6a90aded75ccad8942d4980115', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Le vaccin contre la rougeole manque depuis deux semaines.', 1, NULL, 'received', NULL, 0, 0, '2026-11-26T12:41:45.795288Z', '2026-11-26T12:41:45.795288Z', '2026-12-01', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (56, 'A010PR1JVVP', 'cdad078ced5cc4f809e4aa809e054b27458dc7c73017797342302d15fab7a731', 'complaint', 'web', 'fr', 'JUS-FILES', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier a été perdu par le greffe.', 0, NULL, 'received', NULL, 0, 0, '2026-11-27T18:41:45.795288Z', '2026-11-27T18:41:45.795288Z', '2026-12-02', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-BOBO');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (57, '8F7XC65VW6W', 'a4dd3b9d1d89aaf302a27cab47d9a057acdd98c3fd7f81c76de2e655be19bb61', 'complaint', 'ussd', 'mos', 'SAN-WAIT', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Attente de cinq heures pour un vaccin.', 0, NULL, 'received', NULL, 0, 0, '2026-11-28T17:41:45.795288Z', '2026-11-28T17:41:45.795288Z', '2026-12-02', '2026-12-08', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (58, 'RM0P5P5JATQ', '004f5feb965a662d8ab4d4664487bed5cfa0df80ee4854d4d4f6a09376e68529', 'complaint', 'web', 'fr', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un acte d''intégration.', 1, NULL, 'received', NULL, 0, 0, '2026-11-29T16:41:45.795288Z', '2026-11-29T16:41:45.795288Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'DRFP-GUIRIKO');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (59, 'W420BTMDHYY', '185adb14913e03334369be74b5874de032031d3da31294a96a870655c372ee36', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', 0, X'af9da0c9b99dd14d75af8d722c4b59358ba0453ff97a72b6af1ad67f012f9a8d1261801cb145987ee60536879862cf82ce56e4e6e5638d566c961cde9aa2cc6d9bc8cbfef5d61ff4506c8760cd90b69229f19dc2ef15e385', 'received', NULL, 0, 0, '2026-11-30T18:41:47.127532Z', '2026-11-30T18:41:47.127532Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (60, 'GJVS1NSRHA2', 'd3d263a3adef0c2e36a68674559a21b1d86db1651bb2c2f13f08d3c40308877b', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', 0, X'f8d420b0696e012c6f38b03272d30f053ed02ff4699c16d3775ddc8cddad68d02babe18eab340797717353dc0c3e224080dacd9c625a326366eb0b67264be36daa2a352ec66ba3acb4090b2a45a034a51a55fa25b0994fc842', 'received', NULL, 0, 1, '2026-11-30T18:41:47.156033Z', '2026-11-30T18:41:47.178139Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at", "service_point_code") VALUES (61, 'A2DCHQK0VX4', 'e6fd91f3ce5aef9788c3d09f7be0ed9c7c6d1d7f1e3234f2134ff1f1debb68e4', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', 0, X'8774d9fde5c226b4ba2fc8c3840e590e60771b32dff23156fb0eb6b41098ba945ce3366c86963594e37fe5b4aabf860736bc8917cab7e5749afb266454ccae7f', 'received', NULL, 0, 0, '2026-11-30T18:41:47.623886Z', '2026-11-30T18:41:47.623886Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, '745ba8d171dbf26fe87638dc107fcbe0310aaf9bf82f6698c948f945c78d84d0', NULL, NULL, NULL);
CREATE TABLE complaint_events (
    seq INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (1, 1, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', 'e230cfdd399a6a867ee8c39e72d86a16d88c0d4bf355ff06b828813579f8595c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (2, 2, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-30T18:41:45.795288Z', '98b0d306d4f94e8a1435e1698ca47ff34f5db0c163076864b9ac865473f4661e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', '07ceca4b042c35c2c9ff3e696b3aeedd543a1b9cc916832446fbd1599f61689e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (4, 3, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', '2880d0765d7107fa2107e27e2202b138fc0e0397af5d19eb41e9b5e25665093c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', '3c0310af19c54cfaf3b891dd5830c63d4d634254291e559fc090a82ba0c452f0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (6, 3, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', '7b73670687130fb3d20ab6324d599767c70bdc9bdfa694b7b001e1d357b68469');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (7, 4, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"denunciation","unit":"SAN-BF49"}', '2026-11-30T18:41:45.795288Z', '86597805025a2168ec42ebeb1bbe233448fb1ac7d47381908e40916dce64a74f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'efebb2a8e50cd36cf9c701bf4db8a85a5cd29af4a64795459573f0923a850428');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (9, 4, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', 'fbad199bead8bfaeb30183fa805c4ab08525a224ab2c998d48a1b0eeef261c72');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', 'fc19bb84731c90a2b134c502036d611878061cdebc0365b1535cb8f0f62ec555');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (11, 5, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-30T18:41:45.795288Z', 'f7e7c2227c14f7eb2c0b1fcb10e7f822c3f8a92580332ba7ef7fce58edff5e15');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'f504050368853c9fed02b44a6c87ad34c378f5b120f87173ab0b4ab7edd691b6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (13, 5, 'staff:1', 'assign', '{"assignee":"agent.education.kadiogo@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', 'e81f63973b63bb31bf40a03ecb202b63b32ea0adae28dc0682ac339d29281af5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', '184b5b84ea78c5680cefeb69b1538d08d1c66025e54ecdf3d0814fe84b665f82');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (15, 5, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T18:41:45.795288Z', '4dd16cae9bc4180e062aef6f0ab1c0277e7bdb0d597c498af45dfdcb5d883ce1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (16, 6, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"complaint","unit":"EDU-BF50"}', '2026-11-30T18:41:45.795288Z', 'cad482d0b58618c1a9235312497b69c026f1cbbbfcf25f254b649db9b3c8f101');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'ba70403fff94bc1900ba80f533049498e6dba79fb51ca5bcdcf80853853fcb32');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (18, 6, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', '4ef77c3d3a4d9346fdeb30aa03c93a44fcb49d17b4e32653528bfd041a10a23e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', '32ba48fe66ecb9fb0e08add4f8460c5fdd752b0c9419047a3eaac121c8d7c239');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (20, 6, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T18:41:45.795288Z', '6bf2aba7fae534d25f98f2c69cd6b8eaf0b43aaaa08b59a767698d68c7f2b69a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (21, 6, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-30T18:41:45.795288Z', 'de90280c9076baa558e47be90fab64d2eab8519f0157a10720f880ca038e51e8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (22, 7, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-30T18:41:45.795288Z', 'ef504be1911010d36b8eba89e160f0c505750a66ef6eded96e2f2e122a9a9c5c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', '0c41a76b06d67fb7f52465ab18222a8fe92c3dfe607ea8e7916b317227245f3c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (24, 7, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', '49fbefc95ec574135273b5d54356ba24b92cd2774b643166c79eb77b623eff87');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', '0b3a349b8bda76109596c0c22fb3f2e7fa3cd0229b0dd6045ef7d0efda7907b2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (26, 7, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T18:41:45.795288Z', 'cc566f3c7240dc0b40184576f26e9603eebb7bd608359ec1c531081ae932fd0f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-30T18:41:45.795288Z', '37b3f83807357d3017193bab1af74126812f3a4ae65eb0e19091c0a133518dc7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (28, 8, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-30T18:41:45.795288Z', '8325da790c6addd230702280b82ea9a6a5619a25b20064c28cc74fac12f3bf25');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (29, 8, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30T18:41:45.795288Z', 'ab1cee9b43c53a36d38854397e02722ad181bf58acfbb776ac93557c617e70ff');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (30, 9, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-30T18:41:45.795288Z', 'be6590668c16ab41670948237f1f44bcc5367f0add7e1df76801c8b293b47e55');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (31, 9, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-30T18:41:45.795288Z', '6d8eb79fb4aae10829b4ea8890d1e6a084858ba7a52af89e2870dbf734394f74');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (32, 10, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-30T18:41:45.795288Z', 'ebd020ca993275592ed731c7be30e37f9bd1206cac61a003f4e2e51d291024ee');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (33, 11, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"denunciation","unit":"JUS-BF53"}', '2026-11-30T18:41:45.795288Z', '5c5e1320fd5564557ecfda4c3e339d1e8dbadab744d461e18cd02b58037ec885');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'b6a22b19238233ce74b5b2c88153c10b53c1c1528b2961f1b34d33d9702d2641');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (35, 12, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-30T18:41:45.795288Z', '48aa4c1a360b0ca2431ecba3796aef176e523f1b6d564d9b1382d90e5c9d54dc');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'a4560d902c96a971f82233243e69ebe5fcd9f008fcf1d94ad6b97b06b381b629');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (37, 12, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', '77e11f71c41d6c8d3155f83a6c4e5812724bd8706aa081d46683ec1c18df53a9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (38, 13, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', '150310255c667bf3868df830b44cedf0fc5391f90c921ba69967a1422d84242c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'b2f45d78a20d07b74029b8035c7ed2ed3bf649bec77489b9cf7b2de3bbb67b2b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (40, 13, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', '711675273d3490e0f34b574c3b95fb4bf31c9c26f2979debe5cc1e40ba6eacc9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', '7ea3469df0ce9d4829b9c06bf8a5d976cbb22555d38d049e139f01aa836bf0e7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (42, 14, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-30T18:41:45.795288Z', '8c6e42b3c7e44b82117cb71e806c23818ba93c6da06dee53f7078151cdeb65d6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', '3f67f1883004b090f4d4c4e54082ecf026f63affa949e497b9f0ac9fa176d316');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (44, 14, 'staff:1', 'assign', '{"assignee":"agent.sante.guiriko@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', 'b22db927184aae0f11686f1f1ad697cd223aaf88b5cdae21a7eb7d874e354b1f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', 'f7faf70c9039d9d9e991bf1893e7cd48a1f6ec4e76af5f363713b649f8a4fe08');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (46, 14, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T18:41:45.795288Z', 'bfc5680f65b71515ba23fcca8964246211d52e2712a04e06e695f5294e8c33d8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (47, 15, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', 'e576c83c1a0cd75fa9ddddd1fa7967be834caff013d80afeff387f7e8fa4da7a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'a5a80efe0c2ccd635d1cc0b59742cf4c191543ec57c8735a9daa93c6ac45c27c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (49, 15, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', 'bb26c1f32965bc68218c49fbc88b77de513f77a7b0015618beddd0edfed612e2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', '423eb9bc2912ec44c9262bf49054d65383f50af16b4fb220149d7987bca6a842');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (51, 15, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T18:41:45.795288Z', '9d40cba9db4ed080dbea79eac931daec0d17e8fdd97b119172e683f9290212e8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (52, 15, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-30T18:41:45.795288Z', '6a8a228c12f562119e7630d59b3c0572e6aa90cfed16d350936e8faf3f475ca1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (53, 16, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"complaint","unit":"SAN-BF49"}', '2026-11-30T18:41:45.795288Z', '82827a234749b7e10ea2b016057f2d1a75cda1203e6ad5b5f16993ed5856ab4e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'c628b8552026d0c34111e56a79e58aac3b7502d88865fa3df5cf3c796f9f43fb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (55, 16, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', '48360ccaa537fe34ee81bdae4f968a28f2c1447d635f562e47d36b03e1b436f3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', 'a40f203c03a390a3ceea3d20f38cc9218319ba02658ca24c7fe7075f9f500f1b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (57, 16, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T18:41:45.795288Z', '897b712b2c1a9d2c3e0aa127620238d00eb36b3750ef52570c8f2692bf781bdf');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-30T18:41:45.795288Z', 'b4a87c4e54d0f683327040ee4418222ea67c916943d7cd9922a21d7b2683333c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (59, 17, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-30T18:41:45.795288Z', '0535f3b36a8ee3d732b9b1820fe675cf5bcf01a82d9680e31e547d6e05b24dda');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (60, 17, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30T18:41:45.795288Z', '9bd73b817ee14b70d7bb18057cf83a1b1cc5a6083b975492c71f85d72a9b4ea8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (61, 18, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"denunciation","unit":"EDU-BF50"}', '2026-11-30T18:41:45.795288Z', '2542b4c22440ad8eff537eb5a3d658b705686e6bad7562aeb9baf5cc84dc723f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (62, 18, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-30T18:41:45.795288Z', 'c6e4a763d30b496b58296e99736c4265eb001d6431dda6a75aff9be0b4f72f8c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (63, 19, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-30T18:41:45.795288Z', '6bd5fa69acc1e4288b1c728a0f46eddae19ca49a16db1dcd697f8df57a4ca8af');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (64, 20, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-30T18:41:45.795288Z', '055586ea699197c6183a2bd43b2431fd6f8737f248162d19e8e89c670c7aa630');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', '24432c1cc4fcee70c0b98d302440e8850768523d802786525c80da11cb8a77f8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (66, 21, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-30T18:41:45.795288Z', 'c2bb8e98de80a2a3b5f739c8cc7d4ab76e92f3a990e23df71a40fe3f605b13cf');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'c300955f5ed1bda04f248d980750762d4ff8c0235d4d684ff4cf25a4769a7072');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (68, 21, 'staff:1', 'assign', '{"assignee":"agent.fp.kadiogo@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', '7fb7a4da1eabfb66eacd6622f25c48d612d901c92c76ab5c5caf368eb7bc85c9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (69, 22, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-30T18:41:45.795288Z', '92ad303afc59236e13618158956e6652e2ce40be0d33ced265074c64f67f3dfa');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', '96d7a9785a18b5a5bd3fc10fec223c41aee42adbd20661f150ab7e7966ff2a15');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (71, 22, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', 'cec5ab0326e787302012a663d6cc223945c5c764e496175cb25b1226dd05cae5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', 'b44d7eae41457d6df8aa2630a615c2301530eb07fc40720b9b94c15ccb0861b3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (73, 23, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"complaint","unit":"JUS-BF53"}', '2026-11-30T18:41:45.795288Z', '943c0d04931b631d9a009a2c0974334fec9f3c4caaf27756246930bd3239964e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', 'b8d1010c3456329fce2723ae79ec23c0f43025876c3e389df5b76e36315af0b8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (75, 23, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', '91850a25e2ebb4fb5f7f23c5b126dff9f3d875074a4cf352b14ad8d39104e5ec');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', '91151994e4213511d13995f24168f3c1613b6069422073906c0f387e9cd3239f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (77, 23, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T18:41:45.795288Z', 'a3573178c754f9f5c0bcb7a2ecd039808699ffe9086a0b70e7113187ca00c666');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (78, 24, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-30T18:41:45.795288Z', 'c5783e82cea3f90094561f7813c3e92a755fedf998b674e6a4667aa9f81471f0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', '7e62816262f174da81471c96fce78b4d20bfa657677959d1b01c9eddc2f5ecfb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (80, 24, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', 'f0603673d9302d9014a81ec48354164f496d14bb1f0f27894f53dcf1cea058be');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', 'e590bf20b1eeb5803550bb5629e62502e66d41b93c638495a3e7d3a8bb6c94e1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (82, 24, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T18:41:45.795288Z', '9cbbb29e0282147c73e7b9744e32a1a73d148dc32602193ff3fbf7819d67f1d5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (83, 24, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-30T18:41:45.795288Z', 'e9fd2fe5c1ecac574bee33df22b5ad8831c30cf973e48d85bd72be28db4ee290');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (84, 25, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-FEES","channel":"api","kind":"denunciation","unit":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', '26372ac5ebd854e4e8fb2bbfe1ae4b78f4aa65561af3691470fe6da07b141486');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-30T18:41:45.795288Z', '60c16b973ba4a0a59216040c6e885f2f9555bad4437b389855357d87cf763322');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (86, 25, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30T18:41:45.795288Z', '52d498c3dbf40f030c812d8fe589e6a816619d9b83bb5f2c03e24147fdd2b98d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-30T18:41:45.795288Z', '179b3bbdb31e5b35e71211f64107a71a2ce50244127d428f135246d46ce2b2f6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (88, 25, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T18:41:45.795288Z', 'e59f0f8d93020389952e4dfd748a129e5931a0d427808c34dab04b8de4d789a0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-30T18:41:45.795288Z', '4a5f8cb4dd8743f63055209696982ee84d83a3af9546f6bfbf34a21ccc230035');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (90, 26, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-30T18:41:45.795288Z', '907462d3bf40f6cec6ffef7403ac33f5bc36fc409f54e1be74f2dc5cb4d68b1f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (91, 26, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30T18:41:45.795288Z', '99f061dab96012a494ed0651cfe25f4c8fce0402d6b3bf85bb7227e44e3299a5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (92, 27, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', 'c8254a90ea9b4263febf4d229fbe4abade0f4fddec26652dbe611ea1857396ec');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (93, 27, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-30T18:41:45.795288Z', 'eb1315f669a7c6a432fadbd115284a262ed5240c810f9a1fa617511ab6a893f3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (94, 28, 'public', 'received', '{"acknowledge_by":"2026-10-19","answer_by":"2026-10-26","attachments":0,"category":"SAN-WAIT","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-10-14T18:41:45.795288Z', '1336f0f41169940618980ec10c2b9ff225011ad33da50fb114ba12c12c95e443');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (95, 29, 'public', 'received', '{"acknowledge_by":"2026-10-21","answer_by":"2026-10-27","attachments":0,"category":"EDU-FEES","channel":"sms","kind":"complaint","unit":"EDU-BF53"}', '2026-10-17T17:41:45.795288Z', '03d621aaa2e8d86174a2cf813f209df258a0f2f826703c2a644ea0c3bf1e3d53');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (96, 30, 'staff:3', 'received', '{"acknowledge_by":"2026-10-26","answer_by":"2026-11-02","attachments":0,"category":"SAN-FEES","channel":"phone","kind":"complaint","unit":"SAN-BF49"}', '2026-10-21T16:41:45.795288Z', '8b414d599b623db4eee535dc8a8474b92ffb342d1429e0910ceda2594cb250cd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (97, 31, 'public', 'received', '{"acknowledge_by":"2026-10-28","answer_by":"2026-11-03","attachments":0,"category":"JUS-DELAY","channel":"web","kind":"complaint","unit":"JUS-BF13"}', '2026-10-24T15:41:45.795288Z', '4d3f8c55be459d5e64a140cf13b7a890fcb12579bf2a2ca116e5932a2b15efce');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (98, 32, 'public', 'received', '{"acknowledge_by":"2026-11-02","answer_by":"2026-11-09","attachments":0,"category":"SAN-STOCKOUT","channel":"ussd","kind":"complaint","unit":"SAN-BF53"}', '2026-10-28T14:41:45.795288Z', 'f0faa3979555bd2f3c6b15471cd2ce5c3a2b5ce7c543242399d1d5a27c073601');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (99, 33, 'public', 'received', '{"acknowledge_by":"2026-11-04","answer_by":"2026-11-10","attachments":0,"category":"EDU-ABSENCE","channel":"web","kind":"complaint","unit":"EDU-BF49"}', '2026-10-31T13:41:45.795288Z', '009beab949852064b14de9bbea07208e077e5c62212847e14861733bd1761b3b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (100, 34, 'public', 'received', '{"acknowledge_by":"2026-11-09","answer_by":"2026-11-16","attachments":0,"category":"SAN-RECEPTION","channel":"sms","kind":"complaint","unit":"SAN-BF13"}', '2026-11-04T12:41:45.795288Z', 'f46123bb9364aeb4bdf99a657f1f9b3f64cdbe1dab9950d3685d7ed387637b38');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (101, 35, 'staff:3', 'received', '{"acknowledge_by":"2026-11-11","answer_by":"2026-11-17","attachments":0,"category":"FP-DOCS","channel":"walk_in","kind":"complaint","unit":"FP-BF53"}', '2026-11-07T18:41:45.795288Z', '89e2537b857734b1efe2a4e1c22c210dd70efc7850eaba642404807c2fde499f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (102, 36, 'public', 'received', '{"acknowledge_by":"2026-11-13","answer_by":"2026-11-20","attachments":0,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-10T17:41:45.795288Z', '24ef957f697bf88d6fec185be148ef386002d7f8abe15d4a770056bb6c06322e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (103, 37, 'public', 'received', '{"acknowledge_by":"2026-11-13","answer_by":"2026-11-20","attachments":0,"category":"EDU-FEES","channel":"web","kind":"complaint","unit":"EDU-BF13"}', '2026-11-10T16:41:45.795288Z', 'dcd2cba39b6f81a7793aa3fa7c2d4f0c06e9f7ef49ab5ceb0c72b8338b8279c2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (104, 38, 'public', 'received', '{"acknowledge_by":"2026-11-16","answer_by":"2026-11-23","attachments":0,"category":"SAN-WAIT","channel":"sms","kind":"complaint","unit":"SAN-BF53"}', '2026-11-11T15:41:45.795288Z', 'de9270c241cfd70f4583e78ca79f52da183c90dfc70936216866391e4a181146');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (105, 39, 'public', 'received', '{"acknowledge_by":"2026-11-17","answer_by":"2026-11-23","attachments":0,"category":"SAN-STOCKOUT","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-12T14:41:45.795288Z', '356421e245506dd40f83f2a96724d00ae1bdcb74d4e72c124210bb7095df37c7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (106, 40, 'public', 'received', '{"acknowledge_by":"2026-11-17","answer_by":"2026-11-23","attachments":0,"category":"EDU-CANTEEN","channel":"ussd","kind":"complaint","unit":"EDU-BF13"}', '2026-11-12T13:41:45.795288Z', '58cdf53b1bfb3874a5bb9ac9480fdd2e59623890c5721e2667fd690575d1e193');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (107, 41, 'public', 'received', '{"acknowledge_by":"2026-11-18","answer_by":"2026-11-23","attachments":0,"category":"JUS-DOCS","channel":"web","kind":"complaint","unit":"JUS-BF13"}', '2026-11-13T12:41:45.795288Z', 'b855883cb4d18dcc47ab8f32008d8263e29863836bfa4704f928e4a0d1044d78');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (108, 42, 'staff:3', 'received', '{"acknowledge_by":"2026-11-18","answer_by":"2026-11-24","attachments":0,"category":"SAN-ABSENCE","channel":"phone","kind":"complaint","unit":"SAN-BF49"}', '2026-11-14T18:41:45.795288Z', '78a81bbe0b4ef18eb51251476831b6a4031b38a1293c0c89c4f65fa6b5aac17c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (109, 43, 'public', 'received', '{"acknowledge_by":"2026-11-18","answer_by":"2026-11-25","attachments":0,"category":"SAN-WAIT","channel":"web","kind":"complaint","unit":"SAN-BF53"}', '2026-11-15T17:41:45.795288Z', '2389f06a4c7b9d11e0ed69e300fdedfb9d2273762a8ce4feafa85bcf0647f371');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (110, 44, 'public', 'received', '{"acknowledge_by":"2026-11-18","answer_by":"2026-11-25","attachments":0,"category":"SAN-RECEPTION","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-15T16:41:45.795288Z', 'ef9d263731009bcdd0af7458a89a8e6fd6ba88639307fe404d3c30e43d348dbd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (111, 45, 'public', 'received', '{"acknowledge_by":"2026-11-19","answer_by":"2026-11-26","attachments":0,"category":"FP-CAREER","channel":"sms","kind":"complaint","unit":"FP-BF49"}', '2026-11-16T15:41:45.795288Z', '8cefed61aac327fda2df5e6ddaf9b26ac198cc60913a3640c5d34db8baee3325');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (112, 46, 'public', 'received', '{"acknowledge_by":"2026-11-20","answer_by":"2026-11-27","attachments":0,"category":"EDU-EXAMS","channel":"web","kind":"complaint","unit":"EDU-BF53"}', '2026-11-17T14:41:45.795288Z', '9a79f82a9e5a18dad699226f8ba0e5778ac98744de98b339b879515284b329fe');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (113, 47, 'public', 'received', '{"acknowledge_by":"2026-11-23","answer_by":"2026-11-30","attachments":0,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF53"}', '2026-11-18T13:41:45.795288Z', 'ee3e29b0356670784b7624e6dad6f616870dbca2303dc88176ebeeb823cda998');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (114, 48, 'public', 'received', '{"acknowledge_by":"2026-11-24","answer_by":"2026-11-30","attachments":0,"category":"EDU-CANTEEN","channel":"web","kind":"complaint","unit":"EDU-BF13"}', '2026-11-19T12:41:45.795288Z', 'c5e7e7b358ae4c35322ee56f3b4d440bfc4b9117cb9eeaca7c98e5448e359b51');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (115, 49, 'public', 'received', '{"acknowledge_by":"2026-11-25","answer_by":"2026-11-30","attachments":0,"category":"SAN-FREECARE","channel":"ussd","kind":"complaint","unit":"SAN-BF13"}', '2026-11-20T18:41:45.795288Z', '9c5a5ef8fa72876a193ca747e00df494d1fe0d97ab4a3674f49a9df2233c07ab');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (116, 50, 'public', 'received', '{"acknowledge_by":"2026-11-25","answer_by":"2026-12-01","attachments":0,"category":"SAN-ABSENCE","channel":"web","kind":"complaint","unit":"SAN-BF49"}', '2026-11-21T17:41:45.795288Z', '5be0b0d42da93d7a6fc33bb5f7f9fd3f6406e7976d158c213ba531d356c6a3cb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (117, 51, 'public', 'received', '{"acknowledge_by":"2026-11-25","answer_by":"2026-12-02","attachments":0,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF50"}', '2026-11-22T16:41:45.795288Z', 'fe7f8c31640d8306b59d519c35671709dd9dd9f6c97400deadc56c14f6f61d1e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (118, 52, 'public', 'received', '{"acknowledge_by":"2026-11-26","answer_by":"2026-12-03","attachments":0,"category":"EDU-ABSENCE","channel":"sms","kind":"complaint","unit":"EDU-BF13"}', '2026-11-23T15:41:45.795288Z', '38e7a0b287592e752c5417a823e7baaca169f0034803d02c1f8b7ee0465f0dde');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (119, 53, 'public', 'received', '{"acknowledge_by":"2026-11-27","answer_by":"2026-12-04","attachments":0,"category":"EDU-FEES","channel":"web","kind":"complaint","unit":"EDU-BF49"}', '2026-11-24T14:41:45.795288Z', 'd0ca014258cc14975fe6048fd1e5d12453ed5e72dfd5e2db287192256a263cc4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (120, 54, 'staff:3', 'received', '{"acknowledge_by":"2026-11-30","answer_by":"2026-12-07","attachments":0,"category":"JUS-DELAY","channel":"phone","kind":"complaint","unit":"JUS-BF49"}', '2026-11-25T13:41:45.795288Z', 'a67efae747fab1265f2cbafc3235ef910578c26599d302902a2ccef558e31599');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (121, 55, 'public', 'received', '{"acknowledge_by":"2026-12-01","answer_by":"2026-12-07","attachments":0,"category":"SAN-STOCKOUT","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-26T12:41:45.795288Z', '9ed02148c4876ef6f20d669a7a89d240e22a6eea22ad1099e10b4431d5947075');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (122, 56, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-07","attachments":0,"category":"JUS-FILES","channel":"web","kind":"complaint","unit":"JUS-BF53"}', '2026-11-27T18:41:45.795288Z', 'd0bfc5adc21f26af22d5a59a6c5f32871c9ea4b9735c742888238a4f32a9e9a4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (123, 57, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-08","attachments":0,"category":"SAN-WAIT","channel":"ussd","kind":"complaint","unit":"SAN-BF49"}', '2026-11-28T17:41:45.795288Z', '9b1268641472e7b025a6b47d460f779a003776edd6187dcb8862c76d4d4f661f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (124, 58, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"web","kind":"complaint","unit":"FP-BF53"}', '2026-11-29T16:41:45.795288Z', 'f5fccd8dad6e060b50054bf376669db13c595290dcb8aad15f37b5e489fa3590');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (125, 28, 'system', 'escalate', '{"deadline":"2026-10-19","level":1,"unit":"SAN-BF13"}', '2026-11-30T18:41:46.883157Z', '3aada54b1a7f1a57a0705d322c5b1dee9304cbb7a19ba5b89b9152e7d0d39743');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (126, 29, 'system', 'escalate', '{"deadline":"2026-10-21","level":1,"unit":"EDU-BF53"}', '2026-11-30T18:41:46.883157Z', '25860babe39ee321083e8b204b4d8e3fd0a53a16abec22bc2688571e10518fd0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (127, 30, 'system', 'escalate', '{"deadline":"2026-10-26","level":1,"unit":"SAN-BF49"}', '2026-11-30T18:41:46.883157Z', '660f98e034707709b8db609a502a6f18228557487ee38cc2c998cc7da62f9009');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (128, 31, 'system', 'escalate', '{"deadline":"2026-10-28","level":1,"unit":"JUS-BF13"}', '2026-11-30T18:41:46.883157Z', '38e9f4eaded78395dcb53909919b2148cf8e5dc8a82bb492a324145ce8edff73');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (129, 32, 'system', 'escalate', '{"deadline":"2026-11-02","level":1,"unit":"SAN-BF53"}', '2026-11-30T18:41:46.883157Z', '054b2e1a9069db75fbab38fc885f1fe25578040db6363798dec430494fed3862');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (130, 33, 'system', 'escalate', '{"deadline":"2026-11-04","level":1,"unit":"EDU-BF49"}', '2026-11-30T18:41:46.883157Z', '1f5364b5c74c48bea00916caf1a4d6a9bd180406e3841d454d85c5860ed5c354');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (131, 34, 'system', 'escalate', '{"deadline":"2026-11-09","level":1,"unit":"SAN-BF13"}', '2026-11-30T18:41:46.883157Z', 'a4410e1261a041d976ea53e257f4c4b67b22c64be409322a60c148a8a6ad7dc2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (132, 35, 'system', 'escalate', '{"deadline":"2026-11-11","level":1,"unit":"FP-BF53"}', '2026-11-30T18:41:46.883157Z', 'b804a3ae8b376d6e0e664a77b76066208757a1299b783cb1d9d09febd597e838');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (133, 36, 'system', 'escalate', '{"deadline":"2026-11-13","level":1,"unit":"SAN-BF13"}', '2026-11-30T18:41:46.883157Z', '5eee54a9c1e50b3d59919a78b4d3ad462396625d6b9eab33107e1537a4523a0c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (134, 37, 'system', 'escalate', '{"deadline":"2026-11-13","level":1,"unit":"EDU-BF13"}', '2026-11-30T18:41:46.883157Z', '5c763d0aecc81bf6aec4707558d21321de55b11030aab32c0911e1dcb606a526');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (135, 38, 'system', 'escalate', '{"deadline":"2026-11-16","level":1,"unit":"SAN-BF53"}', '2026-11-30T18:41:46.883157Z', '1e926acf9ec90d5dcd4baa9502efc851f38ba4415f000c7017a54644e218f496');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (136, 39, 'system', 'escalate', '{"deadline":"2026-11-17","level":1,"unit":"SAN-BF13"}', '2026-11-30T18:41:46.883157Z', 'd16d6e8d8d64d621c7591f8a7c9329c746eb4bf16af8820de0e9a8aad741b628');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (137, 40, 'system', 'escalate', '{"deadline":"2026-11-17","level":1,"unit":"EDU-BF13"}', '2026-11-30T18:41:46.883157Z', '57346e4750f88213799d29723ab659b52b1d373070643f40934a834172dcde5b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (138, 41, 'system', 'escalate', '{"deadline":"2026-11-18","level":1,"unit":"JUS-BF13"}', '2026-11-30T18:41:46.883157Z', 'e8697f6aca117e1ceb175f594c48f33027c28c7cf516ace09ff77c629c110991');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (139, 42, 'system', 'escalate', '{"deadline":"2026-11-18","level":1,"unit":"SAN-BF49"}', '2026-11-30T18:41:46.883157Z', '12bf501404221ce42b1df207c6169c91fc7de9c25488b4fbe89fdcc07f4cf929');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (140, 43, 'system', 'escalate', '{"deadline":"2026-11-18","level":1,"unit":"SAN-BF53"}', '2026-11-30T18:41:46.883157Z', '5c20da8e9514676970f240d5486435fe74cd4e023becbae1aeac4c82ff2fb8da');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (141, 44, 'system', 'escalate', '{"deadline":"2026-11-18","level":1,"unit":"SAN-BF13"}', '2026-11-30T18:41:46.883157Z', '089ae9cf66c8cad80e5a51fab469801012d740bbe7523246eae410bdd5c806c8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (142, 45, 'system', 'escalate', '{"deadline":"2026-11-19","level":1,"unit":"FP-BF49"}', '2026-11-30T18:41:46.883157Z', 'cf4cd50fd81ddf779cb0c2e0eddda7579c2f7953f2b3436d87f3aaf4df845561');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (143, 46, 'system', 'escalate', '{"deadline":"2026-11-20","level":1,"unit":"EDU-BF53"}', '2026-11-30T18:41:46.883157Z', '51a8b5c5eddc172c7009d6e12fe0faa0cdf268e6410bae92617494172778d406');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (144, 47, 'system', 'escalate', '{"deadline":"2026-11-23","level":1,"unit":"SAN-BF53"}', '2026-11-30T18:41:46.883157Z', 'd579e73e94c50a4b569a443ccc04abe09aec90bdb86b936128a259ab25f7e6a4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (145, 48, 'system', 'escalate', '{"deadline":"2026-11-24","level":1,"unit":"EDU-BF13"}', '2026-11-30T18:41:46.883157Z', '3eef0ae5db115e34068f19013dbc8e363e71021b18507b09bb5243c4447c7b76');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (146, 49, 'system', 'escalate', '{"deadline":"2026-11-25","level":1,"unit":"SAN-BF13"}', '2026-11-30T18:41:46.883157Z', '6cd38aa281b26979085e68b0275f0301fe9d24a63e8d8f6cf43863e4f7d9c171');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (147, 50, 'system', 'escalate', '{"deadline":"2026-11-25","level":1,"unit":"SAN-BF49"}', '2026-11-30T18:41:46.883157Z', 'c14c86fb34b7f5401fa0738e60d29ee082072ac77995316c38ac621ad1b92c15');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (148, 51, 'system', 'escalate', '{"deadline":"2026-11-25","level":1,"unit":"SAN-BF50"}', '2026-11-30T18:41:46.883157Z', '52d989d9be357e11d795b14964275c2dbe5f019ff9e0223d6d0015e9fab87773');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (149, 52, 'system', 'escalate', '{"deadline":"2026-11-26","level":1,"unit":"EDU-BF13"}', '2026-11-30T18:41:46.883157Z', '2bbc84deaf6d937d901cd06765d3065289cd125e2db341ed427190450baaa80a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (150, 53, 'system', 'escalate', '{"deadline":"2026-11-27","level":1,"unit":"EDU-BF49"}', '2026-11-30T18:41:46.883157Z', '04f685db2e3707c9b980eee956fad3e777aab7265cae6e1072f5816523ffc164');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (151, 59, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":1,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T18:41:47.127532Z', '9714feae9498fc38553136162ef737dfa36dd8b74d138551b792d764bf85e354');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (152, 60, 'staff:1', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-FEES","channel":"walk_in","kind":"complaint","unit":"EDU-BF13"}', '2026-11-30T18:41:47.156033Z', '9dcb1dbe3e9c23b3aff89e720ffd8e7580b4da2622306b6afa6474a000aa3346');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (153, 60, 'staff:1', 'note', '{"text":"Appelé le directeur."}', '2026-11-30T18:41:47.178139Z', '016a22651898ce28634ed85ff31a8c51b1eca556855bc92b78380e0fc1674448');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (154, 61, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"GEN-OTHER","channel":"sms","kind":"complaint","unit":"GEN"}', '2026-11-30T18:41:47.623886Z', '218845864d41846e7eb3b7b86d4c1bb1f11acb3cf8753f87f59e1bc859e474d9');
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 154, '218845864d41846e7eb3b7b86d4c1bb1f11acb3cf8753f87f59e1bc859e474d9');
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    -- where the bytes are, relative to the attachments folder
    storage_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
INSERT INTO "attachments" ("id", "complaint_id", "file_name", "content_type", "size_bytes", "sha256", "storage_key", "created_at") VALUES (1, 59, 'photo.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/11/8711c825701899290c4734f17f890d6c.png', '2026-11-30T18:41:47.127532Z');
CREATE TABLE intake_receipts (
    key TEXT PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    -- the follow-up secret, sealed like personal data, to show the receipt again
    sealed_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('web:15784727653742b1406f100d95459957:e92bc2f019d03949', 59, X'9905d7b9dab596e997527af68595b092ba430b937c4f6f39bdf3383e31a89fe8171fe73b70187b4117d65140df842b80', '2026-11-30T18:41:47.127532Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('api:staff1:fixture-v23-1:56874d94594a999763fbea2978c3fe0f', 60, X'8cc969db749ced65eb078a9f99097a067bac560dbd6d53f037a2d81cdecd05041c61634a9e13e12ccdaabdda8e0149c4', '2026-11-30T18:41:47.156033Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('sms:fixture-v23', 61, X'78a22d7be67207661bd77a44a11752e97566dd5fa5426f87db03f94b497695207e5b82e573df803a93ed10c5af14d33d', '2026-11-30T18:41:47.623886Z');
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER REFERENCES complaints(id),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    -- the phone number or e-mail address, sealed like all personal data
    recipient BLOB NOT NULL,
    language TEXT NOT NULL,
    -- which message: receipt, accepted, rejected, transferred, answered, ...
    template TEXT NOT NULL,
    params TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_until TEXT,
    leased_by TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (1, 1, 'sms', X'f6b4405e3a24dec74da7ef7de532cdeaf1d4c3ce8943bcecd1c7f64fffdcc721b0076aa425d8dd36de61de1792772b8dbe3a35e4', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"A58J-V6ME-FV2"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (2, 3, 'sms', X'1bfb770685c3e11f74837b7e5f9ed61fe7e0e54e18a8298a5873512e42c4610fa5a61f2fccd03e675fc9013643f703edc0eec58f', 'dyu', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"0WB7-VBMG-AW5"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (3, 3, 'sms', X'dcfcb24ea25d228d2d9301b98be866e7d4c3d86c4db07c1b78120c96ec6a4ece13992770531f6d0eb7a19bcbfe3f892664d829ec', 'dyu', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"0WB7-VBMG-AW5","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (4, 3, 'email', X'39816b7ce9de247f7d0d53da6162d79bef9237883bac91654998a7c954b1a7e1c9fa939232cf3222e12e607e4f1a5ab65ad922c0d43b9632f442054c9c9a4b05e9a8064fb39b1f64746f9c', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"0WB7-VBMG-AW5","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (5, 4, 'sms', X'6ddc9d6eb7874f0ec8cabc15a2f1f3e7a7f0623fcd2ed159860de48f19203463ed78df0d9e040d6117f1f0293260e8e2b45676e9', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"MHZJ-WJ8S-1TK"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (6, 4, 'sms', X'df23f5448a88fe04f553e4c97414892ab7c2e036c7c5fd88c3370a327c23c17587b363a9dcb1af3855c3b35de5555ccfe15459ef', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"MHZJ-WJ8S-1TK","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (7, 4, 'email', X'9c423a6c8d840d22883f2cd5fb44c2b14fcc4b380f69555e4522c16c1ca9f7e33ba5a3d861435c4fd9e2faf61d5241a7784708d3dcda4ae41ad1d7343e43e84bd66ae9d88ec1e4a503', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"MHZJ-WJ8S-1TK","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (8, 5, 'sms', X'c610597751b51c427f92704a44a9ae7f044fb0c140ad187fd14e5e4eea8c806708805204a8a847cdec7597d34cd09e11abb2ed8f', 'en', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"EKR4-KMSX-DBR"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (9, 5, 'sms', X'b972a3c83a630544696844ef3f0085b7d3198130d771d91e04e1b8652114fc745215745171b6c8502b58058154713e656c594808', 'en', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-FEES","code":"EKR4-KMSX-DBR","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (10, 5, 'email', X'57699447a6ca36cba5e9568dec7cd4a61d345fc7627c0733738cadae6bb1c2be2b95b07e3db3e504cbabde581cf863763c2485bf87b4ee71e9d62f4b8ce35d02c10f63f5b788fb7d48bb09dd0720fa', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-FEES","code":"EKR4-KMSX-DBR","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (11, 5, 'sms', X'1e80b8328954baa7708403c3560871d02f24c97a31ff4c18daf5122a3faf37dff99863dc06886b826f48661104246c86fffe565a', 'en', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-FEES","code":"EKR4-KMSX-DBR","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (12, 6, 'email', X'f5250d372f4ff2c04f01f0f0f414be33296672dccaed50bcaf06ec035f57561efa4130f6e2bbff26db0775e404e63c3f32a939e054592c63228ef84a5919885fdc53bd5cca1a3cd00fe1fa13df', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-ABSENCE","code":"9EF5-3C6H-WW9","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (13, 7, 'sms', X'07cea0fdbe3fdc28d4bca896c1934e891f4ca16a71f660e08edb21625108c1d4b3ff42d1fae58ed80c421b904a5bc564e79c9171', 'mos', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"8KVE-ZHEF-Y54"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (14, 7, 'sms', X'3579195b9824ced3228292923908186ba56c40634dbff6af7f81efed0de83a7b485313fe1f80971c4fbd95187cdb2d27e534be1e', 'mos', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-CANTEEN","code":"8KVE-ZHEF-Y54","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (15, 7, 'email', X'7cda86fe2f8857cdbf654d219291735a0bc5b0c5c175a8ff4f2a5a4702e6fcd0e7e1cd23454cc7d1ac2ca5f326ef58317df4f3ad0de4dedab5af204c2ad3b1193b8aa4c2f16aef2de44f34caa1', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-CANTEEN","code":"8KVE-ZHEF-Y54","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (16, 7, 'sms', X'1acdd2a703807d28acb2d7f0a5fa8762b28e348619795df058258d197bc511347710038bbe6c54d6b5c4485aa3d29c8540ba0dd7', 'mos', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-CANTEEN","code":"8KVE-ZHEF-Y54","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (17, 8, 'sms', X'663fec85380f081bdc659ade8e5d34324f701bb95cf091f50150854d423875ce11ea3c145f66c530eb4ef1d88d17c576ec7c1e83', 'dyu', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"JRPA-TKWZ-WYY"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (18, 8, 'sms', X'72f447260577accb28e859c14ac8d5da93e23ae6170b5305e85f7719d58fd6220836c9c8fb4997b72459f9a437fd975f82bec9da', 'dyu', 'rejected', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-EXAMS","code":"JRPA-TKWZ-WYY","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (19, 9, 'sms', X'66c216886ce8af38c2c6213eaa57cb2bd31159351cd7dfae4d34e4283e54652befcbbc2b8efdc72bc10983d60ab88bf198e09d16', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"PFVK-2YZN-V8P"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (20, 11, 'sms', X'2657d04acedb122f4582ccc5afbc7254f12e0039862d47d57f301e9eeacc7f1d7e97033fb1c122f4bf2f9a390a90587a9654c0d6', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"RWZV-KYDK-8P0"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (21, 11, 'sms', X'030f97d95359aae6d8866c5dbb2f122c460a6582cbd373a2aba455270a87c8b36f84d6c55202cf01d8dd8104f110b47b67ed12c9', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DELAY","code":"RWZV-KYDK-8P0","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (22, 12, 'sms', X'73ae7457989b3944d39fc43af4452aa7ad6b1242bc9736d64f6a7a2e8406d8d7f8a08360eb4a639b55d9efa0c0c373b6d0c2dde5', 'mos', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"RZW6-EAJV-RC6"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (23, 12, 'sms', X'5c13d21f020c884dbbd1cbdc458c4083cf587436e71dc658bd70ecf6157d67387b954950ccc94ccd4c2cbf060d87ceda5b0e2186', 'mos', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"RZW6-EAJV-RC6","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (24, 12, 'email', X'877f6d7c0ec7006098dde38ff3b0161186e46f45b31cc9c8ebc8d0bde0447186d5769ae16ab3336f355e69fcad659e975aaa96da5738ae2966f5034bec4447532f6ab522f39453e660d94a', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"RZW6-EAJV-RC6","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (25, 13, 'sms', X'63296acd7754a119c98fa50c59de0169397208d9fa26997a5023505cfbbf6e41af0b8eace84de04d4b5497ab49bff2796a950165', 'dyu', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"F0H6-H22T-BQE"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (26, 13, 'sms', X'51d8c8b4e7189b73f4ba65e7c090c146416c5548b59f9b8e43054c62290bb13d331cef4071f66b215b4cd4717070e03be451b472', 'dyu', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"F0H6-H22T-BQE","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (27, 13, 'email', X'bc79acb8206989215d42e4ce64996fbe94efaba48a54fc93cbeec804571811112158954809ac0dfeff3061003524a0bf935d32135b71a82cdb4ee958ea72342b6cfec402c65e92a963dc2e', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"F0H6-H22T-BQE","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (28, 14, 'email', X'8c8f7b8d5c4dd1b3e3c96c1f35a1a05ae366a68ce0dc17b30165d2073a2f25ac96107664824624811938e8ac3bdb4a78f78bdaf4e46ec64fabf5f068237e666fd10e20a168a8e1fb23bd0b', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-STOCKOUT","code":"ZBQE-Z4F0-0D8","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (29, 15, 'sms', X'48bad8603654c3742a106ea4c0a93f8d241e525d3d80106c1e98908894cf5d76d33840c9e51f84f6ebc7d4615c5ccfda452be69f', 'en', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"YHJK-5X48-355"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (30, 15, 'sms', X'3db48cd75cf26ba1f31ae69f6ed3d9fce137335033378419ba5d409e9879e6c0f2b3f85553c4626e2b149a97a64103e5305d2c20', 'en', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"YHJK-5X48-355","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (31, 15, 'email', X'c5fca8baf18f71cf3a7cc6661b4019aefdd023e5ad469639499f16b8efe3bd725ff7f371bd784523bf0c7f2164810c048640356cc2ad7d67ae7a903045a116a2dc9a4efcc62ea8775f5b54', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"YHJK-5X48-355","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (32, 15, 'sms', X'c5bfc728a1445b9bf3cb4e0c4936f8b64c67d1e004a7381c2ee96ec6f8304cd11c90fa128ccc1504c45e52bd829975946e644c35', 'en', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"YHJK-5X48-355","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (33, 16, 'sms', X'f2f3bbd9cbd3a2cf0450175eadbc7e77e9a3bc013dee84f6e3fddedf59b4cd103d61ffbba08bd9b52ef009e1becc30078b2120e6', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"GXAW-7Q9T-6DY"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (34, 16, 'sms', X'fbd5941b4d41085127bfadaa5f808cb9155a6b2d8c21a6dfefa840500f10a97eb079b4a3528983dafe76df1e7208f9e317cbc7fa', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"GXAW-7Q9T-6DY","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (35, 16, 'email', X'b693c0c979e0d476fa817dacc2476584472988c55fb042f57c2e61058edddb0a8448c91e3fe7b62886cc64c1feb2c927abb156d79b3515ac467dd3bf18d0e7e32537d278afc081541a', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"GXAW-7Q9T-6DY","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (36, 16, 'sms', X'6513fc4829cc84d410b28e523ba38b64bf82b3b4da8c1b4841e98fd9bb9da7c76199ad1c2fdab1dc849955ad27d1b2ca57726969', 'fr', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"GXAW-7Q9T-6DY","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (37, 17, 'sms', X'bd05a0789579345d977772cd65fb5a83a7291210d99444567a5c3f1b507666fe01497c9e6b7e9d784b4b29591c37dc284152c6cc', 'mos', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"Z6C9-RJ08-A6M"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (38, 17, 'sms', X'8bfc1c0b654353afe7932df570220593e107ac6ac647003e32403feffeac4b84466b54d0bc8831bcd68055455236ea5969fce16d', 'mos', 'rejected', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-FEES","code":"Z6C9-RJ08-A6M","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (39, 19, 'sms', X'629347b75ecfac36bfc8aca296dd3ae400978e6ecb9bd6f49f25b5cc01c92e0dd60a4fc6ff8a1d85b847385215ecbb50ce8dd93a', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"DXH0-G2S0-HG8"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (40, 20, 'sms', X'25473a4d9cfab2ae2dafc621df70bfc30204a99b7a26326123798e55d50a5ac69230e3a66c7eee97cbf22a69481b30d7c4eb8cd0', 'en', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"QBDM-K4X4-11T"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (41, 20, 'sms', X'915f50065874f8e4e265716c324f0d043f92dab63b6b6889228edfdd1bc527139c71ed8f143bbb9165aa9d96b4662e32b6d2daf8', 'en', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-EXAMS","code":"QBDM-K4X4-11T","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (42, 21, 'sms', X'38b92a55b49a18827000eb168370c67b1b13222c38fe148d6e19b1e78c8ad4edf5c775afa03ea372ccfb17427829c04b11f79993', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"YFJZ-8EYE-7HB"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (43, 21, 'sms', X'674a1a7b9f95d38b73c941035f1391a933877fc139cfcd9f103ac84bc21496a6861e94856aa0e6ae1e4537f72de2352dc40552f8', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"FP-CAREER","code":"YFJZ-8EYE-7HB","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (44, 21, 'email', X'd0793308696444c23557822264037fc1eb7dd92a5065369e74b85f0270f6044bed93e818d6d91768977085f7ff7bb925987c2769d4ef8cd0b745d045ea475bbc30f8957653a9441a', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"FP-CAREER","code":"YFJZ-8EYE-7HB","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (45, 22, 'email', X'08cc6d32b6810f485e724e4e090ea35fd009cf23855ca08d014370e4f587670b5a3edce330756cd587c557a59538abba37dc225d610962ddee3d84e7dea9d9e94bfdc010b47a', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"FP-DOCS","code":"GQ75-V7D5-1N4","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (46, 23, 'sms', X'9b68f38eeeab00433e598be27fd4736d5a791a79c4ea92dd0832e98c5ffda8f5f384bf77a8fc2064a9b2e826137caee04fb792c4', 'dyu', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"6GA4-WKNJ-W8Y"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (47, 23, 'sms', X'1a05d376e16c4aa7453f09be46292e33b759a1a07fd08c6a27ab1ccc48f3966770af63bb5cc06cf1c4fc80dfd68e96f71c6ce202', 'dyu', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DELAY","code":"6GA4-WKNJ-W8Y","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (48, 23, 'email', X'39baa0e5c65dc04aa43323fdf8508673c2a5ddea84c8e4f47da78a7090a692d16ee70393244d70f3aeb7113a05aa2bb090577a0491b97fdb7260b9035dcaab548ad6ed035485907fba9467', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DELAY","code":"6GA4-WKNJ-W8Y","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (49, 23, 'sms', X'697dad6b924b773ffa8b9cb619e8ac9a951e9bfd99860b2575a25efeb97f36d8809ba67200b17203ce23c569e0acfe1fb5bb212f', 'dyu', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DELAY","code":"6GA4-WKNJ-W8Y","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (50, 24, 'sms', X'9b2fa229f1e465ed387d2e58645586d5b820b1138942eafad0f1980a2eeb35e3f2d0ed8547863895cc9b74d3fdd72c6a0c10c8b2', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"RT0V-7KF9-YGE"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (51, 24, 'sms', X'bd75e7c1b5a84ccf1f1d45749cc2914be7373aea744fbad89f7fef37ac81f440219821939ccea0e023289ef0ec519f2a1461750f', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"RT0V-7KF9-YGE","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (52, 24, 'email', X'9e095c454fcf3945c140a1ad9d5474247fa06642e15cf9d66c2094ecff5897b608f5da6875bad79b127e01df1aa2459cb37290f3736e2c305d3ad08208e2d6fadc82bbd2a6d8ff66d7a627', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"RT0V-7KF9-YGE","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (53, 24, 'sms', X'20ff1467e550fcaf0645d0b934d8044f071331b09219a4df0ef66b193adbab795722f61c58e9b75f269728a5936cfc925f5cb50d', 'fr', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"RT0V-7KF9-YGE","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (54, 25, 'sms', X'6ed786ad3a2d2e0e1aa7b8b4e29f56b8681b537848e472ff499b69cacec8843a7a8270a6c59a71f2f45beee6a6e5bf2dcf95630c', 'en', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"W3H9-SZ51-V9F"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (55, 25, 'sms', X'e35f2d3c72a038b1a01da5902d20f6bd34c680f034a8a8f8ef2c526a7172b375f0a3387c4f8791de8d04f71c4db9b09dd5ea1e96', 'en', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"W3H9-SZ51-V9F","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (56, 25, 'email', X'da024978cd47d8010bb59df20c1c8fbd06307b12c2a074836b6bb7f934d639474d4fa54183e7977c9d9f5ee30e034a91d87e0bc80e9f16b5f87b9a55f9267a7d0a405fc602475d304fa052', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"W3H9-SZ51-V9F","message":"","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (57, 25, 'sms', X'18713375350001216989af74160fb5cdc1d9217523dbd5c3a789c0145d01deb878d06430b8f88bfc71479d770726a41f59c9e039', 'en', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"W3H9-SZ51-V9F","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (58, 27, 'sms', X'37b893669f4ee275014e4f1e1465c934909b9a1c34b0f1e7a607697d09c4ca51fd9069daee7b6dc5a0355ca02854d381bc21f400', 'mos', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"EN22-3CW0-PQ5"}', 'pending', 0, '2026-11-30T18:41:45.795288Z', NULL, NULL, NULL, '2026-11-30T18:41:45.795288Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (59, 59, 'sms', X'fe637729f7a41710e4bbd1781460b1277f7a46da5c673e38c8383976c2bcbbe29dded305e8b628f42a7b02fc56724fd452b93ff8', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"W420-BTMD-HYY"}', 'pending', 0, '2026-11-30T18:41:47.127532Z', NULL, NULL, NULL, '2026-11-30T18:41:47.127532Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (60, 60, 'email', X'f374bf4fcaff6eed7bb6400b5b8203316e700796c6a8f319aaaeb3b334d58e41da189fcc64f955a309f87e7d7e9d93cba3a5121b71e5be', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"GJVS-1NSR-HA2"}', 'pending', 0, '2026-11-30T18:41:47.156033Z', NULL, NULL, NULL, '2026-11-30T18:41:47.156033Z', NULL);
CREATE TABLE routing_rules (
    id INTEGER PRIMARY KEY,
    -- a category, or a whole department (exactly one of the two)
    category_code TEXT REFERENCES categories(code),
    department_code TEXT REFERENCES departments(code),
    -- at most one place; none means anywhere
    region_code TEXT REFERENCES regions(code),
    province_code TEXT REFERENCES provinces(code),
    commune_code TEXT REFERENCES communes(code),
    unit_code TEXT NOT NULL REFERENCES units(code),
    created_at TEXT NOT NULL,
    CHECK ((category_code IS NULL) <> (department_code IS NULL)),
    CHECK ((region_code IS NOT NULL) + (province_code IS NOT NULL) + (commune_code IS NOT NULL) <= 1)
);
INSERT INTO "routing_rules" ("id", "category_code", "department_code", "region_code", "province_code", "commune_code", "unit_code", "created_at") VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-11-30T18:41:47.204592Z');
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('4c3989fb70ef417d57a7896178c75c77c73f721a20d0c2d445493e262bfe1337', 5, '2026-11-30T18:41:47.390234Z', '2026-12-01T06:41:47.390234Z');
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('2ea7d660a647508d5733a66408a69cb50dbdea3ef0f2833848279442f3e8fb3a', 1, '2026-11-30T18:41:47.477544Z', '2026-12-01T06:41:47.477544Z');
CREATE TABLE guide_versions (
    id INTEGER PRIMARY KEY,
    category_code TEXT NOT NULL REFERENCES categories(code),
    version INTEGER NOT NULL,
    procedure TEXT NOT NULL,
    -- {"fr": {"body": "..."}, "en": {...}}: a template per language
    templates TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (category_code, version)
);
INSERT INTO "guide_versions" ("id", "category_code", "version", "procedure", "templates", "created_by", "created_at") VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-11-30T18:41:47.535773Z');
CREATE VIRTUAL TABLE complaint_search USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO "complaint_search" ("rowid", "body") VALUES (1, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (2, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (3, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (4, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (5, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (6, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (7, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (8, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (9, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (10, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (11, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (12, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (13, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (14, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (15, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (16, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (17, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (18, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (19, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (20, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (21, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (22, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (23, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (24, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (25, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (26, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (27, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (28, 'Attente de plus de six heures aux urgences sans être reçu.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (29, 'On exige des frais de cotisation non prévus pour inscrire mon enfant.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (30, 'On m''a fait payer un carnet de santé qui devrait être gratuit.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (31, 'Mon dossier n''a pas avancé depuis deux ans au tribunal.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (32, 'Plus de médicaments contre le paludisme au dépôt depuis dix jours.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (33, 'L''enseignant de CE2 est absent depuis trois semaines.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (34, 'L''accueil a été très désagréable avec une femme enceinte.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (35, 'J''attends mon attestation de travail depuis cinq mois.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (36, 'Au CSPS on m''a fait payer la consultation de mon bébé de six mois.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (37, 'L''école demande 3000 F de frais de table-bancs à chaque élève.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (38, 'Les consultations commencent à 10 h alors que le centre ouvre à 7 h.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (39, 'Le dépôt n''a plus de SRO ni de zinc pour les enfants.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (40, 'La cantine n''a pas fonctionné depuis la rentrée.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (41, 'On me demande de l''argent pour délivrer un certificat de nationalité.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (42, 'Le major du CSPS est absent tous les vendredis.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (43, 'Attente de toute une journée pour une échographie.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (44, 'Un agent a insulté ma mère à l''accueil du centre.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (45, 'Mon reclassement n''est toujours pas appliqué sur mon salaire.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (46, 'Des notes du BEPC blanc ont été vendues à certains élèves.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (47, 'On m''a demandé de payer les gants et la seringue à la maternité.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (48, 'Les vivres de la cantine sont vendus au marché par le gérant.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (49, 'La gratuité des soins pour les moins de cinq ans n''est pas appliquée.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (50, 'Le centre est resté fermé deux jours sans explication.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (51, 'On fait payer les pansements aux malades hospitalisés.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (52, 'Deux enseignants de l''école sont absents depuis la fête.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (53, 'Le directeur exige une cotisation pour la fête de fin d''année.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (54, 'Mon jugement n''est pas rédigé un an après l''audience.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (55, 'Le vaccin contre la rougeole manque depuis deux semaines.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (56, 'Mon dossier a été perdu par le greffe.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (57, 'Attente de cinq heures pour un vaccin.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (58, 'On me demande de revenir chaque semaine pour un acte d''intégration.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (59, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (60, 'Le directeur exige 3000 F de frais de dossier pour le CEP.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (61, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.');
CREATE TABLE admin_events (
    seq INTEGER PRIMARY KEY,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    -- what was changed: 'category:SAN-FEES', 'unit:SAN-BF13', 'user:agent@sante.bf', …
    subject TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"email":"admin@demo.redress.bf","id":1,"name":"Aminata Kaboré","role":"admin","unit":null}', '2026-11-30T18:41:45.795288Z', 'c191c3bd59511c7fc4641ffc4ce9ad9ee8ee8177273c88ba5b1b6c30f2f5513c');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"email":"auditeur@demo.redress.bf","id":2,"name":"Jean Zongo","role":"auditor","unit":null}', '2026-11-30T18:41:45.795288Z', '5716be5856a4a5b0ea5a36af2dd06ac0f6632afc4aeaa8ca85f7a994b084adec');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"email":"accueil.sante@demo.redress.bf","id":3,"name":"Fatimata Diallo","role":"intake","unit":"SAN"}', '2026-11-30T18:41:45.795288Z', '91110a6e043ab849082752223ec34363111ab312006ea3e64577768ae98d40aa');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"email":"superviseur.sante@demo.redress.bf","id":4,"name":"Dr Salif Ouédraogo","role":"supervisor","unit":"SAN"}', '2026-11-30T18:41:45.795288Z', 'd1d27c371565efb959d6292bfac5992d55027b6dcbeedd07ae78466a9b326436');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"email":"agent.sante.kadiogo@demo.redress.bf","id":5,"name":"Mariam Sawadogo","role":"officer","unit":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', 'bd906aaf9d49ebcf6ab19400ddfba8e71729c165248a708b104bb7f6084f832f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"email":"agent.sante.guiriko@demo.redress.bf","id":6,"name":"Issouf Traoré","role":"officer","unit":"SAN-BF53"}', '2026-11-30T18:41:45.795288Z', '8e12b459975b1b6f0da3a6bac20be8fe74fc2c715a50b9b93ca7bdb2aa79707f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"email":"superviseur.education@demo.redress.bf","id":7,"name":"Paul Compaoré","role":"supervisor","unit":"EDU"}', '2026-11-30T18:41:45.795288Z', '96b451d26061659d25bc00a70fc21bd3e1524a96c7dbe23d4e523e49f18e5d62');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"email":"agent.education.kadiogo@demo.redress.bf","id":8,"name":"Awa Nikiéma","role":"officer","unit":"EDU-BF13"}', '2026-11-30T18:41:45.795288Z', 'a13fc7a78c8f767f8f58871bf1e4519b7dc15226a159b29f117eead56b965832');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"email":"superviseur.fp@demo.redress.bf","id":9,"name":"Rasmané Ilboudo","role":"supervisor","unit":"FP"}', '2026-11-30T18:41:45.795288Z', '2c883176858e6a09febac931b5966f7bbf11431ef9735dce69d7630d3cff27eb');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"email":"agent.fp.kadiogo@demo.redress.bf","id":10,"name":"Alizèta Tapsoba","role":"officer","unit":"FP-BF13"}', '2026-11-30T18:41:45.795288Z', '28aed358d58a542722d724659564c33927795a02949c383a2dd3157c3ea60986');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"email":"superviseur.justice@demo.redress.bf","id":11,"name":"Clémentine Somé","role":"supervisor","unit":"JUS"}', '2026-11-30T18:41:45.795288Z', '2d7f0eb8fedacbcccfd98553c47925e4dea84dfdf0201362d656231c6ddb9540');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (12, 'cli:demo', 'user.add', 'user#12', '{"email":"agent.justice.kadiogo@demo.redress.bf","id":12,"name":"Hamidou Belem","role":"officer","unit":"JUS-BF13"}', '2026-11-30T18:41:45.795288Z', 'a10f97ef0c3f48a59b493366d55c66efa45f0f597260494c687ac298474c5353');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (13, 'cli:demo', 'user.add', 'user#13', '{"email":"orientation@demo.redress.bf","id":13,"name":"Boukary Ouattara","role":"intake","unit":"GEN"}', '2026-11-30T18:41:45.795288Z', 'd6e9b26381da0ea35e6dc89bae8669db1c50add298dd5036b5357b2766219087');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (14, 'cli:demo', 'service_point.add', 'service_point:CSPS-PISSY', '{"address":"Avenue de la Liberté, secteur 17","code":"CSPS-PISSY","commune_code":"BF130004","kind":"health_centre","name":"CSPS de Pissy (secteur 17)","unit_code":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', 'e8c4ea013077fe8399b42d130ccb08e2f049ac36b1a8ee6a36757bc4440a7b36');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (15, 'cli:demo', 'service_point.add', 'service_point:CSPS-WEND-KUUNI', '{"address":null,"code":"CSPS-WEND-KUUNI","commune_code":"BF130006","kind":"health_centre","name":"Centre de santé Wẽnd-Kuuni","unit_code":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', '87c7e35678c570baba97605e2f0a1f20e87c1672f92752a882ecebf53be9bbf7');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (16, 'cli:demo', 'service_point.add', 'service_point:EPP-TANGHIN-A', '{"address":"Quartier Tanghin, près du barrage","code":"EPP-TANGHIN-A","commune_code":"BF130004","kind":"school","name":"École primaire publique Tanghin A","unit_code":"EDU-BF13"}', '2026-11-30T18:41:45.795288Z', 'e3e31772c28a81d357c5ae875b326965d0b1464b0abe96a663ede91ea2fee240');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (17, 'cli:demo', 'service_point.add', 'service_point:EPP-KOMSILGA-CENTRE', '{"address":"Route de Kombissiri, à côté de la mairie","code":"EPP-KOMSILGA-CENTRE","commune_code":"BF130002","kind":"school","name":"École primaire publique de Komsilga centre, avec ses six classes du CP1 au CM2, sa cantine scolaire, son jardin pédagogique et sa bibliothèque communautaire","unit_code":"EDU-BF13"}', '2026-11-30T18:41:45.795288Z', '7e8ccca7b0fa49b656dde17a102b84a7eb6de5d018eca1919cbfee992a30d2a6');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (18, 'cli:demo', 'service_point.add', 'service_point:TGI-OUAGADOUGOU', '{"address":"Avenue de l''Indépendance","code":"TGI-OUAGADOUGOU","commune_code":"BF130004","kind":"court","name":"Tribunal de grande instance de Ouagadougou","unit_code":"JUS-BF13"}', '2026-11-30T18:41:45.795288Z', '43ef569e29206f8fa750e233a7a7f7aa48dfd87ac9b7266233439a094fa644ff');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (19, 'cli:demo', 'service_point.add', 'service_point:DRS-KADIOGO', '{"address":"Boulevard Tansoba Kiéma","code":"DRS-KADIOGO","commune_code":"BF130004","kind":"directorate","name":"Direction régionale de la santé du Kadiogo","unit_code":"SAN-BF13"}', '2026-11-30T18:41:45.795288Z', 'afb39607ee9a001ec473a8ab9940a90e07b3fb09097745148c90a53abe5577e9');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (20, 'cli:demo', 'service_point.add', 'service_point:CMA-DO', '{"address":"Secteur 22","code":"CMA-DO","commune_code":"BF530102","kind":"health_centre","name":"CMA du secteur 22 (Dô)","unit_code":"SAN-BF53"}', '2026-11-30T18:41:45.795288Z', 'f93d0f259088c40d4a82a948a363e6ab1e6184ab1add7fa60e7ed8b2a0ab51eb');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (21, 'cli:demo', 'service_point.add', 'service_point:LYCEE-OUEZZIN', '{"address":"Avenue de la République","code":"LYCEE-OUEZZIN","commune_code":"BF530102","kind":"school","name":"Lycée Ouezzin Coulibaly","unit_code":"EDU-BF53"}', '2026-11-30T18:41:45.795288Z', 'bfeed77ac126853d6b518aa46ea2f2d99220666deae10c00f00713c5f8cd4de6');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (22, 'cli:demo', 'service_point.add', 'service_point:TGI-BOBO', '{"address":null,"code":"TGI-BOBO","commune_code":"BF530102","kind":"court","name":"Tribunal de grande instance de Bobo-Dioulasso","unit_code":"JUS-BF53"}', '2026-11-30T18:41:45.795288Z', 'c08b605fe81362081f7d512ce432797e7c174686e84e7bb3f00330c9340ef08f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (23, 'cli:demo', 'service_point.add', 'service_point:DRFP-GUIRIKO', '{"address":"Rue du Commerce","code":"DRFP-GUIRIKO","commune_code":"BF530102","kind":"office","name":"Direction régionale de la fonction publique — Guiriko","unit_code":"FP-BF53"}', '2026-11-30T18:41:45.795288Z', '4fc521c9b6b66fce6e20b4398abbc893695d24ffe74f6fec1daf1bb34d359e5f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (24, 'cli:demo', 'service_point.add', 'service_point:CSPS-KAYA-5', '{"address":"Secteur 5","code":"CSPS-KAYA-5","commune_code":"BF490304","kind":"health_centre","name":"CSPS du secteur 5 de Kaya","unit_code":"SAN-BF49"}', '2026-11-30T18:41:45.795288Z', '3e6099095a27d2dde54fb840cdbca0183f04519b5f56cdf0e2faf804096337ba');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (25, 'cli:demo', 'service_point.add', 'service_point:EPP-KAYA-B', '{"address":"Quartier Bilgho","code":"EPP-KAYA-B","commune_code":"BF490304","kind":"school","name":"École primaire publique Kaya B","unit_code":"EDU-BF49"}', '2026-11-30T18:41:45.795288Z', '5dce713ee3b3e49ca3ef6cf9b4bf46c4a2011188e9fc55e1092ab281791d9a77');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (26, 'cli:demo', 'service_point.add', 'service_point:CHR-KOUDOUGOU', '{"address":"Route de Réo","code":"CHR-KOUDOUGOU","commune_code":"BF500105","kind":"health_centre","name":"Centre hospitalier régional de Koudougou","unit_code":"SAN-BF50"}', '2026-11-30T18:41:45.795288Z', '0e70339b960e3316814548d08636f387fc2c93ae3746a1ebe63becd14b6707ca');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (27, 'cli:demo', 'service_point.add', 'service_point:EPP-PABRE-ANCIEN', '{"address":null,"code":"EPP-PABRE-ANCIEN","commune_code":"BF130005","kind":"school","name":"École de Pabré (ancien site)","unit_code":"EDU-BF13"}', '2026-11-30T18:41:45.795288Z', '4c8d40cada71167d9ae08e489d9f3b1d63d14972597f1298294b53b3ce3e26d5');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (28, 'cli:demo', 'service_point.remove', 'service_point:EPP-PABRE-ANCIEN', '{}', '2026-11-30T18:41:45.795288Z', '3d679d0ffb6ef024708ed1c0b20556f41c752a2c9e12db21dfbbc495a8f8111c');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (29, 'cli:demo', 'poster_campaign.add', 'poster_campaign#1', '{"id":1,"label":"Affiches dans les centres de santé, écoles et tribunaux","region":null,"started_on":"2026-11-09"}', '2026-11-30T18:41:45.795288Z', '04dd388ef5431a2b00ac7510196457539b580ec9938bcaa352b158fab9e51e34');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (30, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"category_code":"SAN-FEES","commune_code":"BF130004","department_code":null,"id":1,"province_code":null,"region_code":null,"unit_code":"SAN-BF13"}', '2026-11-30T18:41:47.204592Z', 'e8217c4301f9d8d666eac39d913f7a6b6d776fb09fd27ee7ee5741dcafa4dd44');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (31, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en":"Test holiday","name_fr":"Jour férié de test"}', '2026-11-30T18:41:47.247467Z', 'f42d2742f8c365143e2962170c76473e39fac2a3c98273da459989dfe3abf181');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (32, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"department":"SAN","level":"facility","name_en":"Sector 30 medical centre","name_fr":"CMA du secteur 30","parent":"SAN-BF13","region":"BF13"}', '2026-11-30T18:41:47.287425Z', 'c8c9f5b782482688d24a5e5da07482e703d7b7d1ca3d653a1e1736d1708075b1');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (33, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure":"Vérifier le reçu; appeler le responsable du centre.","templates":{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-11-30T18:41:47.535773Z', 'c0bf697df1c03aa3f1fbc489eaa1c92ed4164a69fd353a2b5b14e0b746836c07');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (34, 'staff:1', 'retention.set', 'retention:suggestion', '{"keep_days":3650}', '2026-11-30T18:41:47.583428Z', '66bf86f5540e79c6272bffa0442b7d20b9a71ad070144c2d5d6d49f11b77f6ea');
CREATE TABLE admin_audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "admin_audit_head" ("id", "seq", "hash") VALUES (1, 34, '66bf86f5540e79c6272bffa0442b7d20b9a71ad070144c2d5d6d49f11b77f6ea');
CREATE TABLE phone_senders (
    sender_key TEXT PRIMARY KEY,
    language TEXT,
    stopped BOOLEAN NOT NULL DEFAULT FALSE,
    pending_code TEXT,
    pending_step TEXT,
    pending_department TEXT,
    pending_until TEXT,
    updated_at TEXT NOT NULL
);
INSERT INTO "phone_senders" ("sender_key", "language", "stopped", "pending_code", "pending_step", "pending_department", "pending_until", "updated_at") VALUES ('745ba8d171dbf26fe87638dc107fcbe0310aaf9bf82f6698c948f945c78d84d0', NULL, 0, 'A2DCHQK0VX4', 'department', NULL, '2026-11-30T18:51:47.623886Z', '2026-11-30T18:41:47.623886Z');
CREATE TABLE inbound_messages (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    gateway_id TEXT NOT NULL,
    sender_key TEXT NOT NULL,
    received_at TEXT NOT NULL,
    limited BOOLEAN NOT NULL DEFAULT FALSE,
    reply BLOB,
    UNIQUE (channel, gateway_id)
);
INSERT INTO "inbound_messages" ("id", "channel", "gateway_id", "sender_key", "received_at", "limited", "reply") VALUES (1, 'sms', 'fixture-v23', '745ba8d171dbf26fe87638dc107fcbe0310aaf9bf82f6698c948f945c78d84d0', '2026-11-30T18:41:47.623886Z', 0, X'285fc23be5ed8c7cf32788895a389cead7b6591a149de484176d9c879c64069211dd4ebb7b64d62fbd07cbc1e5d0b8722bb12217ee3d212edf9c0f2b58ac7f5217249ad20e65b918b55c80ade632a3bc82edda152e88dc2f84b3bbb8312d934ee3c05087064a9c438f978a1c154988e8ba27ea06d52f5c438b5462b184c6a8120e87b30f6cb671bbe782e5fb40acc0b2ff0556127bdad14f861879d0b09e84efaf117c0438b44bb7497d65b600e5d290636c3ef58811ccda506ffaf8712613010857');
CREATE TABLE ussd_sessions (
    session_id TEXT PRIMARY KEY,
    sender_key TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "ussd_sessions" ("session_id", "sender_key", "state", "updated_at") VALUES ('fixture-v23', 'b99cfe9747e9adde6a7ed5d322ea6b9d4638313c8cc56d758545f0a1990743f6', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-11-30T18:41:47.655835Z');
CREATE TABLE stats_cohorts (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    answered_on_time INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    appeals INTEGER NOT NULL DEFAULT 0,
    ratings INTEGER NOT NULL DEFAULT 0,
    rating_sum INTEGER NOT NULL DEFAULT 0,
    -- open and found past a deadline by the escalation sweep (escalation level above 0)
    overdue INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region, kind)
);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'complaint', 4, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 4, 1, 1, 1, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 1, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 'complaint', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 'complaint', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 3, 1, 1, 0, 0, 0, 0, 0, 2);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'denunciation', 1, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'EDU', 'EDU-FEES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'SAN', 'SAN-FEES', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'JUS', 'JUS-DELAY', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'EDU', 'EDU-ABSENCE', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-RECEPTION', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF53', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF53', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FREECARE', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF50', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-FILES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'GEN', 'GEN-OTHER', '', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
CREATE TABLE stats_answer_days (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    days INTEGER NOT NULL,
    complaints INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region, kind, days)
);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 0, 1);
CREATE TABLE stats_rollup (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    answered_on_time INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    appeals INTEGER NOT NULL DEFAULT 0,
    ratings INTEGER NOT NULL DEFAULT 0,
    rating_sum INTEGER NOT NULL DEFAULT 0,
    overdue INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region)
);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 5, 1, 1, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 4, 1, 1, 0, 0, 0, 0, 0, 2);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 4, 1, 1, 1, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 2, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'SAN', 'SAN-WAIT', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'EDU', 'EDU-FEES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'SAN', 'SAN-FEES', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'JUS', 'JUS-DELAY', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'SAN', 'SAN-STOCKOUT', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-10', 'EDU', 'EDU-ABSENCE', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-RECEPTION', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF53', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF53', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FREECARE', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF50', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-FILES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'GEN', 'GEN-OTHER', '', 1, 0, 0, 0, 0, 0, 0, 0, 0);
CREATE TABLE stats_rollup_days (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    days INTEGER NOT NULL,
    complaints INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region, days)
);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 0, 1);
CREATE TABLE attachment_blobs (
    storage_key TEXT PRIMARY KEY,
    sealed BLOB NOT NULL
);
INSERT INTO "attachment_blobs" ("storage_key", "sealed") VALUES ('2026/11/8711c825701899290c4734f17f890d6c.png', X'c2afff6c7d1bb08dae2f51c7a521f4811c427aa167e8491cd5c0f2f2d468303d9b034bd00afa173f5cca8ed254d03dec794038e565576780b3a01f2f3a609661a7a7a626e6deec620b17fc6cf295e1cff83810c822df988cd90d3299f0089635446ad9eaa15c441e21f3abc6d5');
CREATE TABLE retention_rules (
    kind TEXT PRIMARY KEY,
    keep_days INTEGER NOT NULL CHECK (keep_days BETWEEN 1 AND 36500)
);
INSERT INTO "retention_rules" ("kind", "keep_days") VALUES ('suggestion', 3650);
CREATE TABLE key_rotation (
    target INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    cursors TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE secret_attempts (
    complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id) ON DELETE CASCADE,
    attempts INTEGER NOT NULL,
    window_start TEXT NOT NULL,
    locked_until TEXT
);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (6, 0, '2026-11-30T18:41:45.960535Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (9, 0, '2026-11-30T18:41:46.027337Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (15, 0, '2026-11-30T18:41:46.142985Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (18, 0, '2026-11-30T18:41:46.173613Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (24, 0, '2026-11-30T18:41:46.264314Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (27, 0, '2026-11-30T18:41:46.312576Z', NULL);
CREATE TABLE sign_in_attempts (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    network TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    locked_until TEXT,
    last_at TEXT NOT NULL,
    PRIMARY KEY (user_id, network)
);
CREATE TABLE recipient_quota (
    recipient_key TEXT PRIMARY KEY,
    sent INTEGER NOT NULL,
    window_start TEXT NOT NULL
);
CREATE TABLE training_trainees (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    round INTEGER NOT NULL,
    round_started_at TEXT NOT NULL
);
CREATE TABLE training_scenarios (
    user_id INTEGER NOT NULL REFERENCES users(id),
    round INTEGER NOT NULL,
    exercise TEXT NOT NULL,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    PRIMARY KEY (user_id, round, exercise)
);
CREATE TABLE service_points (
    code TEXT PRIMARY KEY,
    unit_code TEXT NOT NULL REFERENCES units(code),
    kind TEXT NOT NULL CHECK (kind IN ('school', 'health_centre', 'court', 'directorate', 'office')),
    name TEXT NOT NULL,
    commune_code TEXT REFERENCES communes(code),
    address TEXT,
    removed_at TEXT
);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('CSPS-PISSY', 'SAN-BF13', 'health_centre', 'CSPS de Pissy (secteur 17)', 'BF130004', 'Avenue de la Liberté, secteur 17', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('CSPS-WEND-KUUNI', 'SAN-BF13', 'health_centre', 'Centre de santé Wẽnd-Kuuni', 'BF130006', NULL, NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('EPP-TANGHIN-A', 'EDU-BF13', 'school', 'École primaire publique Tanghin A', 'BF130004', 'Quartier Tanghin, près du barrage', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('EPP-KOMSILGA-CENTRE', 'EDU-BF13', 'school', 'École primaire publique de Komsilga centre, avec ses six classes du CP1 au CM2, sa cantine scolaire, son jardin pédagogique et sa bibliothèque communautaire', 'BF130002', 'Route de Kombissiri, à côté de la mairie', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('TGI-OUAGADOUGOU', 'JUS-BF13', 'court', 'Tribunal de grande instance de Ouagadougou', 'BF130004', 'Avenue de l''Indépendance', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('DRS-KADIOGO', 'SAN-BF13', 'directorate', 'Direction régionale de la santé du Kadiogo', 'BF130004', 'Boulevard Tansoba Kiéma', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('CMA-DO', 'SAN-BF53', 'health_centre', 'CMA du secteur 22 (Dô)', 'BF530102', 'Secteur 22', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('LYCEE-OUEZZIN', 'EDU-BF53', 'school', 'Lycée Ouezzin Coulibaly', 'BF530102', 'Avenue de la République', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('TGI-BOBO', 'JUS-BF53', 'court', 'Tribunal de grande instance de Bobo-Dioulasso', 'BF530102', NULL, NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('DRFP-GUIRIKO', 'FP-BF53', 'office', 'Direction régionale de la fonction publique — Guiriko', 'BF530102', 'Rue du Commerce', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('CSPS-KAYA-5', 'SAN-BF49', 'health_centre', 'CSPS du secteur 5 de Kaya', 'BF490304', 'Secteur 5', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('EPP-KAYA-B', 'EDU-BF49', 'school', 'École primaire publique Kaya B', 'BF490304', 'Quartier Bilgho', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('CHR-KOUDOUGOU', 'SAN-BF50', 'health_centre', 'Centre hospitalier régional de Koudougou', 'BF500105', 'Route de Réo', NULL);
INSERT INTO "service_points" ("code", "unit_code", "kind", "name", "commune_code", "address", "removed_at") VALUES ('EPP-PABRE-ANCIEN', 'EDU-BF13', 'school', 'École de Pabré (ancien site)', 'BF130005', NULL, '2026-11-30T18:41:45.795288Z');
CREATE TABLE poster_campaigns (
    id INTEGER PRIMARY KEY,
    started_on TEXT NOT NULL,
    label TEXT NOT NULL,
    region_code TEXT REFERENCES regions(code),
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
INSERT INTO "poster_campaigns" ("id", "started_on", "label", "region_code", "created_by", "created_at") VALUES (1, '2026-11-09', 'Affiches dans les centres de santé, écoles et tribunaux', NULL, NULL, '2026-11-30T18:41:45.795288Z');
CREATE TABLE unit_tally (
    unit_code TEXT NOT NULL,
    status TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (unit_code, status)
) WITHOUT ROWID;
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF13', 'accepted', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF13', 'answered', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF13', 'assigned', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF13', 'in_progress', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF13', 'received', 5);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF13', 'rejected', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF49', 'received', 2);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF50', 'accepted', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF50', 'answered', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF50', 'appealed', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF50', 'assigned', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF50', 'in_progress', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF50', 'received', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF50', 'withdrawn', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF53', 'received', 2);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF54', 'accepted', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF54', 'answered', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF54', 'assigned', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF54', 'closed', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF54', 'in_progress', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF54', 'received', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF64', 'accepted', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF64', 'received', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('EDU-BF64', 'rejected', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF13', 'accepted', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF13', 'assigned', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF13', 'received', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF13', 'withdrawn', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF49', 'received', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF53', 'received', 2);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF57', 'accepted', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF57', 'assigned', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF57', 'in_progress', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('FP-BF57', 'received', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('GEN', 'received', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF13', 'received', 2);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF49', 'received', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF53', 'accepted', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF53', 'answered', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF53', 'assigned', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF53', 'in_progress', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF53', 'received', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF63', 'accepted', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF63', 'answered', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF63', 'appealed', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF63', 'assigned', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF63', 'in_progress', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('JUS-BF63', 'received', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF13', 'accepted', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF13', 'answered', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF13', 'appealed', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF13', 'assigned', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF13', 'closed', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF13', 'in_progress', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF13', 'received', 9);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF13', 'withdrawn', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF49', 'accepted', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF49', 'answered', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF49', 'assigned', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF49', 'closed', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF49', 'in_progress', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF49', 'received', 4);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF50', 'received', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF53', 'accepted', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF53', 'answered', 1);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF53', 'assigned', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF53', 'in_progress', 0);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF53', 'received', 4);
INSERT INTO "unit_tally" ("unit_code", "status", "n") VALUES ('SAN-BF53', 'rejected', 1);
CREATE TABLE unit_due (
    unit_code TEXT NOT NULL,
    due TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (unit_code, due)
) WITHOUT ROWID;
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF13', '2026-11-13', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF13', '2026-11-17', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF13', '2026-11-24', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF13', '2026-11-26', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF13', '2026-12-03', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF49', '2026-11-04', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF49', '2026-11-27', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF50', '2026-12-10', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF53', '2026-10-21', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF53', '2026-11-20', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF54', '2026-12-03', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('EDU-BF64', '2026-12-10', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('FP-BF13', '2026-12-10', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('FP-BF49', '2026-11-19', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('FP-BF53', '2026-11-11', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('FP-BF53', '2026-12-02', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('FP-BF57', '2026-12-03', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('FP-BF57', '2026-12-10', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('GEN', '2026-12-03', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('JUS-BF13', '2026-10-28', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('JUS-BF13', '2026-11-18', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('JUS-BF49', '2026-11-30', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('JUS-BF53', '2026-12-02', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('JUS-BF53', '2026-12-10', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('JUS-BF63', '2026-12-10', 2);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF13', '2026-10-19', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF13', '2026-11-09', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF13', '2026-11-13', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF13', '2026-11-17', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF13', '2026-11-18', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF13', '2026-11-25', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF13', '2026-12-01', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF13', '2026-12-03', 2);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF13', '2026-12-10', 3);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF49', '2026-10-26', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF49', '2026-11-18', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF49', '2026-11-25', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF49', '2026-12-02', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF49', '2026-12-10', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF50', '2026-11-25', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF53', '2026-11-02', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF53', '2026-11-16', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF53', '2026-11-18', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF53', '2026-11-23', 1);
INSERT INTO "unit_due" ("unit_code", "due", "n") VALUES ('SAN-BF53', '2026-12-10', 1);
CREATE TABLE intake_days (
    day TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    region_code TEXT NOT NULL,
    channel TEXT NOT NULL,
    service_point_code TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, unit_code, region_code, channel, service_point_code)
) WITHOUT ROWID;
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-10-14', 'SAN-BF13', 'BF13', 'web', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-10-17', 'EDU-BF53', 'BF53', 'sms', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-10-21', 'SAN-BF49', 'BF49', 'phone', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-10-24', 'JUS-BF13', 'BF13', 'web', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-10-28', 'SAN-BF53', 'BF53', 'ussd', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-10-31', 'EDU-BF49', 'BF49', 'web', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-04', 'SAN-BF13', 'BF13', 'sms', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-07', 'FP-BF53', 'BF53', 'walk_in', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-10', 'EDU-BF13', 'BF13', 'web', 'EPP-TANGHIN-A', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-10', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-11', 'SAN-BF53', 'BF53', 'sms', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-12', 'EDU-BF13', 'BF13', 'ussd', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-12', 'SAN-BF13', 'BF13', 'web', 'CSPS-WEND-KUUNI', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-13', 'JUS-BF13', 'BF13', 'web', 'TGI-OUAGADOUGOU', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-14', 'SAN-BF49', 'BF49', 'phone', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-15', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-15', 'SAN-BF53', 'BF53', 'web', 'CMA-DO', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-16', 'FP-BF49', 'BF49', 'sms', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-17', 'EDU-BF53', 'BF53', 'web', 'LYCEE-OUEZZIN', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-18', 'SAN-BF53', 'BF53', 'web', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-19', 'EDU-BF13', 'BF13', 'web', 'EPP-KOMSILGA-CENTRE', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-20', 'SAN-BF13', 'BF13', 'ussd', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-21', 'SAN-BF49', 'BF49', 'web', 'CSPS-KAYA-5', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-22', 'SAN-BF50', 'BF50', 'web', 'CHR-KOUDOUGOU', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-23', 'EDU-BF13', 'BF13', 'sms', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-24', 'EDU-BF49', 'BF49', 'web', 'EPP-KAYA-B', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-25', 'JUS-BF49', 'BF49', 'phone', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-26', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-27', 'JUS-BF53', 'BF53', 'web', 'TGI-BOBO', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-28', 'SAN-BF49', 'BF49', 'ussd', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-29', 'FP-BF53', 'BF53', 'web', 'DRFP-GUIRIKO', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'EDU-BF13', 'BF13', 'api', '', 2);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'EDU-BF13', 'BF13', 'walk_in', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'EDU-BF50', 'BF50', 'api', '', 2);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'EDU-BF54', 'BF54', 'api', '', 2);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'EDU-BF64', 'BF64', 'api', '', 2);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'FP-BF13', 'BF13', 'api', '', 2);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'FP-BF57', 'BF57', 'api', '', 2);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'GEN', '', 'sms', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'JUS-BF53', 'BF53', 'api', '', 2);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'JUS-BF63', 'BF63', 'api', '', 2);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'SAN-BF13', 'BF13', 'api', '', 6);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'SAN-BF13', 'BF13', 'web', '', 1);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'SAN-BF49', 'BF49', 'api', '', 2);
INSERT INTO "intake_days" ("day", "unit_code", "region_code", "channel", "service_point_code", "n") VALUES ('2026-11-30', 'SAN-BF53', 'BF53', 'api', '', 3);
CREATE INDEX communes_province ON communes(province_code);
CREATE INDEX complaints_status ON complaints(status, id);
CREATE INDEX complaints_category ON complaints(category_code, id);
CREATE INDEX complaints_assignee ON complaints(assignee_id, status);
CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, seq);
CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
CREATE INDEX attachments_complaint ON attachments(complaint_id);
CREATE INDEX intake_receipts_created ON intake_receipts(created_at);
CREATE INDEX notifications_due ON notifications(status, channel, next_attempt_at);
CREATE INDEX notifications_complaint ON notifications(complaint_id);
CREATE INDEX complaints_late_ack ON complaints(status, acknowledge_by);
CREATE INDEX complaints_late_answer ON complaints(status, answer_by);
CREATE UNIQUE INDEX routing_rules_key ON routing_rules(
    COALESCE(category_code, ''), COALESCE(department_code, ''), COALESCE(region_code, ''),
    COALESCE(province_code, ''), COALESCE(commune_code, ''));
CREATE INDEX staff_sessions_user ON staff_sessions(user_id);
CREATE INDEX complaints_unit_newest ON complaints(unit_code, id);
CREATE INDEX complaints_duplicate_of ON complaints(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX admin_events_subject ON admin_events(subject, seq);
CREATE TRIGGER admin_events_no_update BEFORE UPDATE ON admin_events
BEGIN SELECT RAISE(ABORT, 'admin_events is append-only'); END;
CREATE TRIGGER admin_events_no_delete BEFORE DELETE ON admin_events
BEGIN SELECT RAISE(ABORT, 'admin_events is append-only'); END;
CREATE INDEX complaints_commune ON complaints(commune_code, id);
CREATE INDEX complaints_deadline ON complaints(answer_by, id);
CREATE INDEX complaints_unit_deadline ON complaints(unit_code, answer_by, id);
CREATE INDEX complaints_received ON complaints(received_at, id);
CREATE INDEX complaints_sender ON complaints(sender_key, id) WHERE sender_key IS NOT NULL;
CREATE INDEX inbound_messages_sender ON inbound_messages(sender_key, received_at);
CREATE INDEX ussd_sessions_updated ON ussd_sessions(updated_at);
CREATE INDEX complaint_events_at ON complaint_events(at, seq);
CREATE INDEX complaints_retention ON complaints(kind, status, closed_at) WHERE erased_at IS NULL;
CREATE INDEX service_points_unit ON service_points(unit_code);
CREATE TRIGGER unit_tally_insert AFTER INSERT ON complaints
BEGIN
    INSERT INTO unit_tally (unit_code, status, n) VALUES (NEW.unit_code, NEW.status, 1)
    ON CONFLICT (unit_code, status) DO UPDATE SET n = n + 1;
    INSERT INTO unit_due (unit_code, due, n)
    SELECT NEW.unit_code,
           CASE WHEN NEW.status = 'received' THEN NEW.acknowledge_by ELSE NEW.answer_by END, 1
    WHERE NEW.status IN ('received', 'accepted', 'assigned', 'in_progress', 'appealed')
    ON CONFLICT (unit_code, due) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER unit_tally_update AFTER UPDATE OF status, unit_code, acknowledge_by, answer_by
ON complaints
WHEN OLD.status IS NOT NEW.status OR OLD.unit_code IS NOT NEW.unit_code
  OR OLD.acknowledge_by IS NOT NEW.acknowledge_by OR OLD.answer_by IS NOT NEW.answer_by
BEGIN
    UPDATE unit_tally SET n = n - 1 WHERE unit_code = OLD.unit_code AND status = OLD.status;
    INSERT INTO unit_tally (unit_code, status, n) VALUES (NEW.unit_code, NEW.status, 1)
    ON CONFLICT (unit_code, status) DO UPDATE SET n = n + 1;
    UPDATE unit_due SET n = n - 1
    WHERE OLD.status IN ('received', 'accepted', 'assigned', 'in_progress', 'appealed')
      AND unit_code = OLD.unit_code
      AND due = CASE WHEN OLD.status = 'received' THEN OLD.acknowledge_by ELSE OLD.answer_by END;
    DELETE FROM unit_due WHERE unit_code = OLD.unit_code AND n = 0;
    INSERT INTO unit_due (unit_code, due, n)
    SELECT NEW.unit_code,
           CASE WHEN NEW.status = 'received' THEN NEW.acknowledge_by ELSE NEW.answer_by END, 1
    WHERE NEW.status IN ('received', 'accepted', 'assigned', 'in_progress', 'appealed')
    ON CONFLICT (unit_code, due) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER unit_tally_delete AFTER DELETE ON complaints
BEGIN
    UPDATE unit_tally SET n = n - 1 WHERE unit_code = OLD.unit_code AND status = OLD.status;
    UPDATE unit_due SET n = n - 1
    WHERE OLD.status IN ('received', 'accepted', 'assigned', 'in_progress', 'appealed')
      AND unit_code = OLD.unit_code
      AND due = CASE WHEN OLD.status = 'received' THEN OLD.acknowledge_by ELSE OLD.answer_by END;
    DELETE FROM unit_due WHERE unit_code = OLD.unit_code AND n = 0;
END;
CREATE TRIGGER intake_days_insert AFTER INSERT ON complaints
BEGIN
    INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
    VALUES (substr(NEW.received_at, 1, 10), NEW.unit_code,
            COALESCE((SELECT p.region_code FROM communes cm
                      JOIN provinces p ON p.code = cm.province_code
                      WHERE cm.code = NEW.commune_code), ''),
            NEW.channel, COALESCE(NEW.service_point_code, ''), 1)
    ON CONFLICT (day, unit_code, region_code, channel, service_point_code)
    DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER intake_days_transfer AFTER UPDATE OF unit_code ON complaints
WHEN OLD.unit_code IS NOT NEW.unit_code
BEGIN
    UPDATE intake_days SET n = n - 1
    WHERE day = substr(OLD.received_at, 1, 10) AND unit_code = OLD.unit_code
      AND region_code = COALESCE((SELECT p.region_code FROM communes cm
                                  JOIN provinces p ON p.code = cm.province_code
                                  WHERE cm.code = OLD.commune_code), '')
      AND channel = OLD.channel AND service_point_code = COALESCE(OLD.service_point_code, '');
    DELETE FROM intake_days
    WHERE day = substr(OLD.received_at, 1, 10) AND unit_code = OLD.unit_code AND n = 0;
    INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
    VALUES (substr(NEW.received_at, 1, 10), NEW.unit_code,
            COALESCE((SELECT p.region_code FROM communes cm
                      JOIN provinces p ON p.code = cm.province_code
                      WHERE cm.code = NEW.commune_code), ''),
            NEW.channel, COALESCE(NEW.service_point_code, ''), 1)
    ON CONFLICT (day, unit_code, region_code, channel, service_point_code)
    DO UPDATE SET n = n + 1;
END;
COMMIT;
