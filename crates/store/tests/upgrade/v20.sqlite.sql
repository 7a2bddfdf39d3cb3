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
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (1, 'core', '2026-11-30 03:17:10', 1, X'858bb75567cb93a3a6121b9fbf705b9a2ff571a22e92e783d718f7e7bbe40e1fe953fdf710a6073233387d3bcf89842b', 3380093);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (2, 'intake', '2026-11-30 03:17:10', 1, X'00bd74f23a8a05d45ac2a2af1b245d1dd3e3701e917002c8641529f2af44e1bde5320e1374708abd6f1bcf0124b77d58', 3431609);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (3, 'notifications', '2026-11-30 03:17:10', 1, X'ac9825ccecab90acb3efefe4f3d758a99512214b53c0f282d852d669d1bc9278ac4e07c18be14508c59c0a34550f0f4e', 3898012);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (4, 'escalation routing', '2026-11-30 03:17:10', 1, X'75c6e920fafe3a4250f97a931ef9d643e0c18fc7be501a122a5559aa3fbada0d0ce7ea6017e3534057cee8a6e6a7ca44', 1720412);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (5, 'staff sessions', '2026-11-30 03:17:10', 1, X'90a0392224d1c5285e1d998a6370de47f4b21b92e6552f02816edc4a99116f0c75c8e0f8ab5cafe2f6e5939141f71069', 2256787);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (6, 'response guide', '2026-11-30 03:17:10', 1, X'53c589d695a7a1d20e53e304fda52c0d6aca42b1c13690854045c382ca615ca8c439dfb7a4a9c1302c2415f15ac8e349', 798995);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (7, 'search', '2026-11-30 03:17:10', 1, X'2bdb6635a4b4147919e9554823a764e2252db043ab4f9b714bd1fc2bce76ec4d5b405bacaf1215f6a402a48b4fd2f0b2', 1245887);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (8, 'unit queue index', '2026-11-30 03:17:10', 1, X'e030c0bd32182999b39285514c0626e6d58b2eff20f16717ec1694f0f42b78d4e92d980a6c88da2d55a33766a014705a', 870852);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (9, 'duplicates', '2026-11-30 03:17:10', 1, X'0ec041c41ad227009e39a359b8277d35d6f72266f6772ec62b25c796298c0a99bc35f9ec4e27937e9432f8b30f4e1fba', 1359666);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (10, 'admin audit', '2026-11-30 03:17:10', 1, X'a19cb4607c6e63f7834392124daaff31ed4471236af2e23dc27d804ff0cd49b6e3ce7ddb690418c6d56d5e2558a1234e', 1246819);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (11, 'queue filter indexes', '2026-11-30 03:17:10', 1, X'a20b69e6faf96302118be6c44fabc3233ec2eca9f1c405d4d9d4f11c57e4423ed6c97296d32c54b3c45473888233bd57', 1196785);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (12, 'totp', '2026-11-30 03:17:10', 1, X'088c13e4e755a7cb5e792df664eba65d47bd6494921b3e209ee7b256577f4d1ace0aa730c417bb2591031bf85f20dd83', 1830014);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (13, 'phone channels', '2026-11-30 03:17:10', 1, X'b173388c88b304fec87e66c7430862c7b2e7de66972bab130dfd180ce7b7f2b9761167d5be1f86be550ce324c6ecad36', 2284068);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (14, 'open311', '2026-11-30 03:17:10', 1, X'b19d31733831fd8741848db8063b8d4e66fa092d3f3dc1c707cdb409aac47f11f47e3c05ea8e2a8ed13ccf905fa774b7', 1532313);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (15, 'stats', '2026-11-30 03:17:10', 1, X'd5d8345d8d5d629a41825bcf6093c6dc83a38a154789b70d93d440ba4c33b0d0e107d82e907bf8bc00f100d829c60e5c', 1903573);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (16, 'stats rollup', '2026-11-30 03:17:10', 1, X'746c58b6b39dc1e14acd3e675852c87a76b70d3eb0c590cde6a7f4a94defdeb6f6c3fb9799764c4f642de16204b05e95', 1171918);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (17, 'attachment blobs', '2026-11-30 03:17:10', 1, X'1b22c664067f27889a31bb2e6f1d0b81b07d5d03c9f70d426466457826c478c9e1a2b831bf224a68b4aaa72900459f15', 736693);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (18, 'retention', '2026-11-30 03:17:10', 1, X'2b07f4061a0e9918b27ef0c853ffbf220c6f0997db5838668facf5d127d0d4f38a6addd8f464b31c0e755db551f81564', 6449776);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (19, 'key rotation', '2026-11-30 03:17:10', 1, X'a92badb1d081f962edd1bdd1a492268b6514375aa5cb49df54f62b3e743974bd36d2a2ae121ce8586d1a2821cb4a54af', 1044188);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (20, 'attempts', '2026-11-30 03:17:10', 1, X'25275a772db64570b49f1bc7cf1df3cdf6ee95e460384b7c51945e3fcd67e403c116104d7e819c7815f51edc8980ea41', 2265099);
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
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (10, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (11, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$qkOltfa/CV8HVOuD38aasw$YifNtqocAE2rabS4cSlA08dZmlVJoFasR75SBOzk5Nw', 0, '2026-11-30T03:17:10.704859Z', 0, NULL, NULL, NULL);
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
, expires_at TEXT);
INSERT INTO "api_tokens" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('e3bf76a85e8f7ccb7559a4c3056d6eb24d26cd0fa67f522a919081021ab90397', 1, '2026-11-30T03:17:11.445497Z', '2027-02-28T03:17:11.445497Z');
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
, duplicate_of INTEGER REFERENCES complaints(id), sender_key TEXT, media_url TEXT, erased_at TEXT);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (1, '0JDATWVT0YT', 'ab8d193971f37f3aba66e3173e5f93c74c1b953613f1b7710af8add1d504417f', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'99b351e602eab009ccff998763c37de6d4bf22727a91f684e0009d1386ad0b8dd9f1037dd4b6d4e46774d6b4c21ed316d1a883f237ab41b013682f629b89d143', 'received', NULL, 0, 0, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (2, 'TVV88G0FBDR', '41ec7a48dde90fe77c35ddbe7f9f74efa26cab81eae18e56a32551aae8dedb71', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'accepted', NULL, 0, 1, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (3, 'XSEK8PTDB9N', '122568eb33bf1eb2c5d0d5e27b079c18c7e8e614413d64bd489c23e4573b4879', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'f7e8e5db7021ee970bd0812075a3bf8c6d0c6857b761216e0180522026a9fe538dda9b5ac6dd7a2388f20d6d26d518c006ae448b386c7114da5df4a13654a300', 'assigned', 5, 0, 2, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (4, '59X7PF4Q0V0', '465334843b8654efc4de1eb5cb88ab8f942ba708eff326b0d34ac69e8d62048f', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'268076575079dd9e5626891be1bf3ee4fc58f2419ca048bb8cf798a7144e507f9555d12eca499313361c7c13971223c0b21a51c9f4ba80c55cfbb6fc899f43df', 'in_progress', 4, 0, 3, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (5, '3BY48E8JFHY', '32c30657d02b230ece43d80d4799f1442e5592503bd7acaf1c9ea333502d2b2d', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'26f9d4c7ca1d82bffa1851e4cff62c38f776bd44451051ae0848005001829b88c8c38632f8e6601601240989091d51df4727e672447bb90478567e5d1a8ea8b2', 'answered', 8, 0, 4, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (6, 'Y38ZP3NB3ZC', 'caa7bec93b0c4fde90729552f67d2d1f9df485aef0fdd64d0d7fbe811ba9beac', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'appealed', 7, 0, 5, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (7, 'BV37GM3YYQ7', 'defae946843fb54f5fcc704cb3a4b65038e7dcd69df96ae40b4233bc7d49a74e', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'9cfd697106d9cd61f2864174cb40cf7d76668f1a3be522cce0ec4179db8b35de3291e19b433284ce469c70b2ff0b7103ffc71226500b53745e11aa1c71e64757', 'closed', 7, 0, 5, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (8, 'A7Q03VJMD63', 'a2865bb31bfe234c96888c27724625bd8bb398c9b357c67bfb760a8b5f879270', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'821b82caab4ad19c5f78121157b1ab96482f6ac7687d2629d814702fde464d8efa72d8b00e58dbed156ad482fe37e32e49b1b1643134c2525789003fca9b4d89', 'rejected', NULL, 0, 1, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (9, 'GED65EVXSTP', '02167f5af7de6f8b7830664be112f3c843a9ab8c19f1e88b48450d8b59587b2e', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'953c7911c8b25b55834b223183e199b8ef282828ca9f7d9deca3a90e6d72e83494f68d9376f5052fc2b7a0866f3d5560cc8f8199563c58f6a6e0343b4528fef7', 'withdrawn', NULL, 0, 1, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (10, '472G0Y6X1DJ', 'ef3844bfae655f045ee9c7ee3bdb9730975e4e840a91bfa8b4e8efd672b500ca', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'received', NULL, 0, 0, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (11, 'DXHRADS8T9X', '6e81089ef20050d71dd007c717979665d832bec28ec3f1f1f8b5bbd1f7b70e54', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'00aeae15608a40dd02b34de5d9f7522bf37fe60f97975a38bb696c436bcbee8a04609d95eb0240328f8a0e01e17e1ad601d66bfcbd624bfe345fb16b49d7e771', 'accepted', NULL, 0, 1, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (12, '2ZKKR5BCRH5', '73cd2fa8ef4b0d257437608bb4f2dae655d42a83b5e2e9f0ec8761c35e125711', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'945f68f821bb7a7cac3ef2f77599018841a24b3d7e05a0f3b8130a4c32679f9ad49bbc3857eba5b693c7dee55724bc74a634e4d349e4916b876c59921adc5380', 'assigned', 10, 0, 2, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (13, 'K12RBGQ2ME1', '2fc9cee259a08df43cc464ddb6c8116a076d4c451f7ad3b763ca79c694ebf269', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'f1a07e2b4a7abb7c2f7f2f6d0871ccb55f92f2d2aeb55e030328cdc6c3baedc9cc3c040e912f400d03b2cdaeacebf8fc412e4ac6c9585df96994b7aa21bc3d13', 'in_progress', 5, 0, 3, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (14, '0XPH6N4TRJ5', '7ec228bef8e12b9a2e71cbe4f89d22ab4dd0868c432cdbe6d19018432c1b8642', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'answered', 6, 0, 4, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (15, '8GXH8PMDAYD', '74e786926d3dab42d941c5c6f2c8baad9602c004c4d2d9fa1e0ee0aafb5b29c5', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'f6f38c3d946ea6a2e45181ded749c9eb9493fab24114e21698bbdf51ab7c88b95a70f60f4e49062814a1c85afe704f7a4a6fbce679572b7e62644a5a21ce730e', 'appealed', 5, 0, 5, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (16, 'BKXFG91G138', '201d667a4e3b72dbeee6e2536546a980c23f335420c7cc45d5d00b8bade8b953', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'27d1d3c0eebc4c045b90f9cedc681c27f8748cb5a2c8aa7c7762b0776f706df4d70b9ad4e3a6ed1cb14a266720787f6f684a8b29c00741116eacf94aec6b5497', 'closed', 4, 0, 5, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (17, '818F923JB3A', '9c6a73b1e926a6a75c083bba5642c04e48935a5928f8b8ff252cf7631a3c3b37', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'7db8048361ef29f8a7222a742ea202dc9d08cb824f58f930cfa5bb0c512fb480c6f8f0da200c075595bf8aadb43de3d0abd192929cc8c1269510635767c44687', 'rejected', NULL, 0, 1, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (18, 'YRXPQBSM1ME', 'f363497cc801a8951e4f5bb62122d789a82aa7fd653cfcac336ae144bb0b381e', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'withdrawn', NULL, 0, 1, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (19, 'B8TRS30M76Z', 'be556d64ab35f50ffd5d3a69f46d7084646ad8d7192734b7131ac14245fb4530', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'273f9ed6302c53e28b5391882d7c142db383dcea8249ebc7383a026fb070a556bed7ec82f7714f556508066ec456a6eb006eff14a124f7c1c03dd4fbec74a72c', 'received', NULL, 0, 0, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (20, 'J5ZMR77B568', '1c1f387d32b6b4f44410de65cc2de7f1e53f36e9aaf27dbf1fbd77f0a097468f', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'552644b1fcbb2bd861a518d68b61e0243255c48f308d6ed7cb01d3db9c0f05a622add56590e1a0fe5e68710a6975dc312369198adfe9b7176ea1e55009990496', 'accepted', NULL, 0, 1, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (21, 'ZVAVR0S56YB', '1372d5b7ab5d6add89be19d40a8e4e49f606c6747bddf38ed826e1e8279a17a1', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'6df30a62e03e9250f6798cec584358c4457fec74e78b533b0586e689f0ecf2e36cb488f83db644bb5a502a499f75178818c7bf77b381733171d709c46befda5e', 'assigned', 9, 0, 2, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (22, 'TSC4WD6YKXR', '9e84b1803dfbae0b54cf313836c11ee77862c55b9ef179620bd20a7dea5f7bc8', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'in_progress', 9, 0, 3, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (23, '4QEAHBEVX2Y', '9fdb55d4405678aac7d4d0322025ffa68c0e50c1a7cd420ece93c8fbf1d4d9e4', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'3a3496339e1a29ac22307c90ab22179fe85892b45817eda58f7f0e618f7450beb1de723f851eb2cbc142b979d3a98b0a487a5d6b250aebef7529bee59785e7e6', 'answered', 10, 0, 4, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (24, 'R0DMCK6C5GV', 'c3c313b2dade4de158ea987c5f1522c66db2ac3389b05e56e2819ff17a010b18', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'146593e0e021a839ff85a9e8c9d611cd611b7c61328751ea8f1d53ceb50564b101f480f028e1b356a3dd20dca7171f8422d2335ddbf3b6d73b5ba50439b76bae', 'appealed', 10, 0, 5, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (25, '3TJ8NKEHE27', '4ab558652a9181a6920b0edd2de396b13855bcc6636a7cc6518825910cf292b0', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'76a524195953e0eb8f533583089750b43e456796c8da50416c9636a0133fed0def4dca37f9a56a2903825893125b8008a9b6393704a909ce810044946a624e9a', 'closed', 5, 0, 5, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (26, '1XF91YNCSTA', 'a3f0d59952a73755cbd6fa3e259ae75035b4db5757b860aa65a31e14c1189626', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'rejected', NULL, 0, 1, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', '2026-11-30T03:17:10.704859Z', NULL, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (27, '05M3ZTV584K', '58beff88b342519068cdb1c3f023999c39edc7392fb265febca9a77b19b345f1', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'1b6a86c6de5b81d0829eaee98362e353468806f9cd9b89b911ee5c5f5d725186d5cac0c8096b00200ba521ba5dd97cf706d8a4b0ab55842143e0f9f3fc41c7ed', 'withdrawn', NULL, 0, 1, '2026-11-30T03:17:10.704859Z', '2026-11-30T03:17:10.704859Z', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (28, 'JNJG8ADFDKN', '13a1d90099d781e2279d92bb53e23040872a3b1183b8459a351b6f7835ad5656', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', 0, X'5d1c06feade508f90dce1c484df1b2a5425574ad959a66568355b0e96cc6efad99e7ad40906ca45e86569558cac873a7c423aaedb4d068f7408e043930581865949c105c193240d10af4a05c530af59e57b46b90bb179153', 'received', NULL, 0, 0, '2026-11-30T03:17:12.058087Z', '2026-11-30T03:17:12.058087Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (29, 'BW7EW6SWH2A', '58dfedddeafa2f76b898a7073eed7bce9405739ba2f5f0665b442685010d6d5d', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', 0, X'27261ae94c45d8ebfa1349ea79f13e6afe805b07cc5bbc007e3d5ba94141439230834a01019fd0a34458138d6d865c939e0ee83dbe361adc06d55f876c19ff480184de7ac1163e0fe6162cbea54d42c9ef7834dedb66b0e436', 'received', NULL, 0, 1, '2026-11-30T03:17:12.09493Z', '2026-11-30T03:17:12.124582Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (30, 'HA263Y1S3CY', 'a723b9c16490ab29d61106c14bfc52b11e6d0da6dc8c160337f590a6f94cf353', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', 0, X'b78cb5ea5ceaa903873d4dfcd225bd64ad71abf42663287b983fb3b889d6d4814227edb370f29c5b52f181f7a21c3f6133f279357d3f55ef9fa3e67aaf50f1a3', 'received', NULL, 0, 0, '2026-11-30T03:17:12.609651Z', '2026-11-30T03:17:12.609651Z', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, '0f6a4f73d4e337d1ddeb3ae978f142d593c7709fde05ecd0650aa69bce67a4ed', NULL, NULL);
CREATE TABLE complaint_events (
    seq INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (1, 1, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T03:17:10.704859Z', '44720462b65cbb9053643cdd2971f6929e59bce6d9d1d6d1a63402f38a2be4be');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (2, 2, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-30T03:17:10.704859Z', 'f0d2d723a8e6c70234a0637d848fdc1800ce060ef6746837bd1d1d3a943edb29');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '8f53735aac44e83a027aa41c4810400d160342a0d1c650f72c2f1468c9b141f8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (4, 3, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T03:17:10.704859Z', 'c5caf8f03d46062932c0cc171ca7b60189c9b7e14e899a0408cd19aaf460de46');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '162da1abe67e35310ebf75395f882538dbd06175d626604dc16a4ab7cc719f39');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (6, 3, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', 'dcef841210480c84ff3fa51447f052c8589a9f82f6a89e927b4701e9a769ee5c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (7, 4, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"denunciation","unit":"SAN-BF49"}', '2026-11-30T03:17:10.704859Z', 'af20e0eca78f300b08f33c14c9e99a2fb168a300442a022d72b3c695ebf4852c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '027c989b1621b0401b2f9437eefaa73077c96211760f30a48041171a1781f3b9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (9, 4, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', '45ea1bd94e89c712aae7584bab109b5b4a155a79426b485175ce59e311c33761');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', '3b751c8494cd6f85d79bc49cc9f1645e6c8705457917595b5b5e1794d4df8555');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (11, 5, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-30T03:17:10.704859Z', 'f0fa0b25931419229622ccc1256a3bac874e67956b4403a90cc5d9b429f584c4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', 'c566bba0188f40fab883d498df691a1fb791473f3a0c8da8493b0a02953034f0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (13, 5, 'staff:1', 'assign', '{"assignee":"agent.education.kadiogo@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', '21c43f1dc0e6f8336f817290f7e8d3fa93da903ea9a84a3585ee5e7e558a9432');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', '11decbd1d0fe259642447dcf86c3b2a73f6d0404388d56297f0008783a881276');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (15, 5, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T03:17:10.704859Z', '9c5d80d5daa7b78faedb6d4476cab7e7dcf1a08ee0af0c58bc4670c9578af8f1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (16, 6, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"complaint","unit":"EDU-BF50"}', '2026-11-30T03:17:10.704859Z', 'cfbe2bd9e1313551ce757ef720625b9929026bd0648155e6441a96bf17883737');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '90f782c49550bdbec4c8a0a5c6ce432713a3dee5d59df7a3b5e9fc393aa7df98');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (18, 6, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', '798224293fdd1b1f1fb32bea02cbe8fac9f8b0528f9098908beb05d639b9a50c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', '06a32aa4f3b2249786000819e82090d99db3f53e53f01290d1be72aef29c9aa4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (20, 6, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T03:17:10.704859Z', '52c077a30ba32a3107918934860cd3ae230468bab6bbcbf25eb93a175b81427c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (21, 6, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-30T03:17:10.704859Z', 'd4da294770186809377f7335ecafeec37f960900c84d2a4063724ed0c1860e5a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (22, 7, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-30T03:17:10.704859Z', '0c71d6a36912efd9634fd3345423f8af4a6ed2e5c1ee1a392cc2ecc79100fba7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', 'ba7921c52c49b99dc7c5497d8078c131dabc5be81d4a6d07dec2378c4028a5f6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (24, 7, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', '0e39074ec93f69c25364b6e92a4caf26d219b4799d59d13f220f3c09564a315b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', '3d6105fda7c19d75161cc0dc3b2c8eb8a4da4dfe1bf018414b188419ec7f5e0f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (26, 7, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T03:17:10.704859Z', '5596b178193bbd561b056c12e105f80e4f7487dbbfa4e2a9eaacfaaa60d30e17');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-30T03:17:10.704859Z', '906e036aaa7b786d1fdac6b6271d067f3c28ff42dc42c08f4355ee7936b90a68');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (28, 8, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-30T03:17:10.704859Z', '6b9f5b14a836d97ba3efee1d45527a549d7ae7d966531767a94c0eb9c555c770');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (29, 8, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30T03:17:10.704859Z', '4f769c0d1647c10c086effb3db0b6662b3f68a45814bc84a3537f536103d7130');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (30, 9, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-30T03:17:10.704859Z', '5ce2a8c933cc05f37b598d9c986f896c74fff09f2feb5bf968696e9f7d033d34');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (31, 9, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-30T03:17:10.704859Z', '883b11bf3fa727087bd2bb91d6f8b0be3cdbbb80c09eef2563539fa764482b88');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (32, 10, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-30T03:17:10.704859Z', '47e66fc10382e35d144a93731e00d6f3e99a008940fca18db6aed50aede801d8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (33, 11, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"denunciation","unit":"JUS-BF53"}', '2026-11-30T03:17:10.704859Z', '381d3d2615dab1b4710430ef996f0201142f847f1ab0140e9b8e87c6df83e0b0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', 'd00e6fca7365ace90b468ba0704af83792677ebeee31bead1dc698cc8e432fa7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (35, 12, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-30T03:17:10.704859Z', 'dfc3904fd118d4b36fcedf68e1339f133d9450655a1dec8a93db275e97be7436');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '088b421e9a782c49544cd795ab96a44c4ca3f38cd3c0415900945c9c9371ba5e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (37, 12, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', 'd8efd6d27cf7653a7e94c6b4885d618660dda96b74f51ca970b74aebc5c69237');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (38, 13, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T03:17:10.704859Z', '8c1bbddfa319834092dc01d977d8a83f86804faacbb61d9e6b2a6bd903ab5c1d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '52aae55eec42d45643cd3e30b98d31597c94703b4ef953793d3d4389ae926c0b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (40, 13, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', '7b47534ac444dfdf3c0c2f12624f24f6e4830b336084f6c5b5083a0a7183236b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', '8153356dc3a009e8e18a41cbc3a827c60db063ebb8b78b1d647f32243556956d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (42, 14, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-30T03:17:10.704859Z', 'b46f0e565bfc4f08ac9a89a50fa0044ad378a9b3f12b8380c1b9f7835b481c2c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', 'c831807e8b84770eeec6ded4749ec42ddb95bc9b229a0d32173e4ccea987b53c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (44, 14, 'staff:1', 'assign', '{"assignee":"agent.sante.guiriko@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', 'fed740ef38dfbb778e4e0a39708657e198fc97659e9c7497b4765a1dc62b43ec');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', '3afd97d8cc08566ebfbc3b8b399701e1cb851fa8ccdaa937aa926e2da1d6b36b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (46, 14, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T03:17:10.704859Z', '71f2a1aabce5dd52e338a5ba7408ae2cf555df1ac5e169d3c5692539865810e7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (47, 15, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T03:17:10.704859Z', 'b9a5a7cae85c129305a77fccb5352afad424d3c1f46df7710baf0045e568258a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '7e5e78c4fdd708d11db01a26b036e95a4f373016e1b78eefad3b41e61d757fa3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (49, 15, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', '4379043066c7106f87b36aa713cb4821733907936efa051f0b4c1edc776b623f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', '2650c1844850dd1c3974b44ba0bc681ce0cdd9fa9944c17202d9ca2c0e82d772');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (51, 15, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T03:17:10.704859Z', '2d213a16f47de811c677045421a8cd90b8223d1305cb85f8e2f763253020752b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (52, 15, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-30T03:17:10.704859Z', '594c5857aa4aadd7e05864f054327d7fd62cffc5e866bee7a269635a731dd1db');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (53, 16, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"complaint","unit":"SAN-BF49"}', '2026-11-30T03:17:10.704859Z', 'fa8833af04571fe1536a60effa48bb0d15925bcead782fda1a7e5ad5643847e5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '251a35ac7b453e60900cd204f62ea49ac3c88244cfec9899bcf5f292a5655b1a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (55, 16, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', 'fcdd220b20803379ad9f3c5befb35d279a768adbe6a2d39c3e197a36b7f9c746');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', 'f82926245909a24d8d8e5037481f24c85571537fda2047542591f4b51f950fb2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (57, 16, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T03:17:10.704859Z', '9d000e0002bceeb254aa44f79d8709e7ca6fa1c00a8f9830a6d52e859bb9f9b0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-30T03:17:10.704859Z', 'ab96978205d8a000e179f7b86340e6e98a8bef4d642e3f52a0b2992d72e70499');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (59, 17, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-30T03:17:10.704859Z', '388ad85a155996b68bcccf7df480ad6858abf57967df960e805c5ed4ef8dc825');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (60, 17, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30T03:17:10.704859Z', '8f16adcd15f9e4ab6d8618f9284ef0e0865a4ada26c7ad24c0d6af88c3bf4424');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (61, 18, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"denunciation","unit":"EDU-BF50"}', '2026-11-30T03:17:10.704859Z', '8221a7b7d4f5cc642bf3fa0cdc535ee608c52a3c0fc47585b0aeeb677342bf57');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (62, 18, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-30T03:17:10.704859Z', 'dff53ac69592ac923fe1277964fc9463e9cc1e6cf25f18230f1eb0afd34c5ffe');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (63, 19, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-30T03:17:10.704859Z', '3802fb444d33f0751fd46d6526108c7466fcebec6242a9c6370a2bdc37a90e3f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (64, 20, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-30T03:17:10.704859Z', 'db6911bc569135bff9a6c93d8f11daca9f6e805d0e0fed34d4fab158c8b44dd1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', 'b3efe22514c5659a90af11bc8a36159343dec291d1a2a88691712a8571fd0b1c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (66, 21, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-30T03:17:10.704859Z', 'bb3270ff5f1465e24295036e9b17cbc12717b2a898a500492a75ded153146d02');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', 'a2a9f387c6ef9b3a80cc19f8ba21bc07714f4bdfaa00b34d93972babcfe7ce25');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (68, 21, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', '25893fdd0b0494d3349dc97db248917a7f826fbf17c7a548d5c670d8fc0001d1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (69, 22, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-30T03:17:10.704859Z', '4a0097da6bf4a7094e310f5809be295c3200f373a0c2e164cd11ab22917490bf');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', 'cc5575ccc9321904e798ab1df18891373f002309e212cf23127782f3c19d5e8f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (71, 22, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', '2a1be77608abf5b3f0e0585761401444d16a3044f38d80abb09f2ef4c13350da');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', 'a75cdb142d6f1888049c5f47ca7a5b16f08843691a28fdfe6162be6e59a5042b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (73, 23, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"complaint","unit":"JUS-BF53"}', '2026-11-30T03:17:10.704859Z', '05a2128343bd4c56b2b8908d08e0aef491c8378718528acdd65e2593bc64ac4f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '9b7db48788f4d26f1b68884189fb21fccc89d4add024029a053ccca91d467875');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (75, 23, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', 'da67b568776b14164e33944129d0848ab7e9f72eb7e024e6fc5c99ada3bc7e60');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', 'a15fed03477ff0f24119cdc4acf2a294d2964d7b6402151259205cc96e186aae');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (77, 23, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T03:17:10.704859Z', '46c50c3b82fc5de444c9e1b0a6858b595de29f984766082e84bcfaf4f12806c8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (78, 24, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-30T03:17:10.704859Z', '949f311d51e0c812f31d04ec79c0e73d2ea90c212a75ad1fa1472e39f5ebd76f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '5c1096a1f8e2188f82c0a2a203eb655e4ffb7419b2027b12b6547f9dfa830216');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (80, 24, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', 'd3c9883f72d0c44a30b067885274b1c67f5380c299015804b3b80331f323ac05');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', 'b0f5dfd7bc9e0094b26db8d0a54b934b9951640b8faa67840ce37089d637ecb2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (82, 24, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T03:17:10.704859Z', 'd523ad52bc80252dd32a510cf1e5ddc5c16feeef2d6f0fb58543ac4c93c3ce60');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (83, 24, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-30T03:17:10.704859Z', 'd6b6f0618137c6b5a04838b18667610d6c646c389ca1650d4d1be3473882b904');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (84, 25, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-FEES","channel":"api","kind":"denunciation","unit":"SAN-BF13"}', '2026-11-30T03:17:10.704859Z', '1c2be388c270d4e2c70c680672dad0fd0b4c2048ff58bc222520bd674ffdd13a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-30T03:17:10.704859Z', '0fb82df19d94d2891220f6c86047ed76123bc258347dd8e5f6b397ecf8affe35');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (86, 25, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30T03:17:10.704859Z', 'd11d3cbdd391179f8401033832b6c5d46d73bfb88eab9e469bf33c13fcb0234e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-30T03:17:10.704859Z', 'd3a5aca1e7c90bdc599155d791efd62eb10ae91a8ef72df7f132d47e8ccf4891');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (88, 25, 'staff:1', 'answer', '{"due":"2026-12-10","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30T03:17:10.704859Z', 'b3f404bc42e450462eede70fd2b9ac78c8618af6b1dfad8fe40401d2ee432d85');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-30T03:17:10.704859Z', '9fd21394d01b6d5c8734671db684403a4f5c1b10745117900806bcba8d3b1d07');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (90, 26, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-30T03:17:10.704859Z', '706df9c91db04ab2524aaa7a92c2d94eab55e9fc4e7f74c46927634aea7876bd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (91, 26, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30T03:17:10.704859Z', '7a01598e3d255abdba4f3ceef1d0cd38ff2b65e4771dfd60ab283ed5716c1bfd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (92, 27, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T03:17:10.704859Z', '3dd38b738e3ccca91d373df4b2ea137b6f89a1f7eaaf73727e7b27bd49541a01');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (93, 27, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-30T03:17:10.704859Z', '3553e51641cb6650b445ed826a56ec1c3934d038b6acd9a5073632802e66dc6a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (94, 28, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":1,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-30T03:17:12.058087Z', 'd20b7dd77ccc5bab37f4eae80525e75c50e5dfa9f6328812111ce6153600d00c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (95, 29, 'staff:1', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"EDU-FEES","channel":"walk_in","kind":"complaint","unit":"EDU-BF13"}', '2026-11-30T03:17:12.09493Z', 'f2cfeba02888faaa20e2df033f8cfbbfa94e60f8b4bc91790abbb71421e60b12');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (96, 29, 'staff:1', 'note', '{"text":"Appelé le directeur."}', '2026-11-30T03:17:12.124582Z', 'f8cc631b7e02cb9217e5f6128390ed58666c7d57d028d1f2c9a26650896ea0ec');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (97, 30, 'public', 'received', '{"acknowledge_by":"2026-12-03","answer_by":"2026-12-10","attachments":0,"category":"GEN-OTHER","channel":"sms","kind":"complaint","unit":"GEN"}', '2026-11-30T03:17:12.609651Z', 'a6c182169aced38df3381d27b66d114c01b022e38573a5f9dc780c470551b839');
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 97, 'a6c182169aced38df3381d27b66d114c01b022e38573a5f9dc780c470551b839');
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
INSERT INTO "attachments" ("id", "complaint_id", "file_name", "content_type", "size_bytes", "sha256", "storage_key", "created_at") VALUES (1, 28, 'photo.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/11/5a9ddfda28263ddeaaab6f54b5e09eec.png', '2026-11-30T03:17:12.058087Z');
CREATE TABLE intake_receipts (
    key TEXT PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    -- the follow-up secret, sealed like personal data, to show the receipt again
    sealed_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('web:a57580088c430a646735d50696e75285:c2d82b3eceee598b', 28, X'30310e4bc4ac05e7d303c63662b9edb3d479a5025dcbe812cb6ea594ead1ac104bed4dc875b745307ef5b12e1f8a055c', '2026-11-30T03:17:12.058087Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('api:staff1:fixture-v20-1:56874d94594a999763fbea2978c3fe0f', 29, X'fac4625a205fca89362f64fd5f6abfaaf907e3ea57add2453b6cdf560c33b86c4bcdfe4c370432b15d3399fc4d70e2a8', '2026-11-30T03:17:12.09493Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('sms:fixture-v20', 30, X'49762e6bf88e6e90d3e79c1e9562111e19cddcd917a65132395e36aae8a807ffa8da498c4dd6722cbe70eff2dccd9eff', '2026-11-30T03:17:12.609651Z');
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
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (1, 1, 'sms', X'3048817f7a056b85e9be9d9919ce29307e0318314a4dc6f50f7295ef3daba1efcf601038a3c351648fa3c48c70ca46e070e52759', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"0JDA-TWVT-0YT"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (2, 3, 'sms', X'1ba544009cffb0b725d0b3610522f00077c2d25c6f2122644745e9bcd2e367353e1d69f6c1b069f9116c1b609df3abf7296ecbc1', 'dyu', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"XSEK-8PTD-B9N"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (3, 3, 'sms', X'9ee214c71c5f5beb2eaa293aa726f436701e12eafeea1a98741b4b746c15234022288870702a377fb98ff95e71d94e10cf356479', 'dyu', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"XSEK-8PTD-B9N","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (4, 3, 'email', X'84301e4c9ee6a7517859f128b3e7d455c73167914f75c672ee3c86e47274f12c089f170ddc90dba13fd002bd7c2504e07701a214a9189fc70748580fc4c5a6c0a7057bc120833368131649', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"XSEK-8PTD-B9N","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (5, 4, 'sms', X'de948a7d394bcd10e07059469a83221f07bbb183c65712eca292ff697c99c1b618c75ff0817893b0aca0046568d112c3bb08d965', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"59X7-PF4Q-0V0"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (6, 4, 'sms', X'b6850ddcf3dc4d4d05a5a301be66179a436dd0b61453a0e2bc3eae0d30f14008b8bff41edbfc727af2e523f9bb5616fa05d713a0', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"59X7-PF4Q-0V0","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (7, 4, 'email', X'3a966da185f738486c6a69dd91248b80066efe2320f8ed71d04961b6f380b16c2c5ae49b34a08b7da3912378bfd85b8d033eba214adbb722f5fe5a7d20767a997ed1722ed6ae83034b', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"59X7-PF4Q-0V0","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (8, 5, 'sms', X'3ed5a9e5f974404c5d6d6858fec25401feae8cbb51ff0bf68c78f0912978a8659afea9bcf7a24136e750c08cca302c5ebe75c58c', 'en', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"3BY4-8E8J-FHY"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (9, 5, 'sms', X'7e1f85ed49c4d9fa1914170f3409914d3d4b34f59d09e88cebcdb15cad240fe987bc07d26502895b36ec970891e42f67df9cfba8', 'en', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-FEES","code":"3BY4-8E8J-FHY","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (10, 5, 'email', X'78c42780ce32e6ab148654d4975f5495c064605b80ae6701d9fdcb02f4c24168d7be484d9ff271a3563cf4b56c0d2aa99f878a418b932a45f07f5df69df214eee877a13544515e76bf035a9391ff41', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-FEES","code":"3BY4-8E8J-FHY","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (11, 5, 'sms', X'90f044feecc5ebc31b6e995178c9137a2248de5de8362a02888d63c6c479f31cff06a53b78731071f86c0fe724bc5c6669d1a791', 'en', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-FEES","code":"3BY4-8E8J-FHY","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (12, 6, 'email', X'df4cf7f2be1052e321b99097eb4a6b3d62219adebf0bf75853d934d0d9fc3419ff3df22132b72168665dde18b90640e3ea100ef50129a2e00d9d64270c458b585026052a7ba90679befd99c792', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-ABSENCE","code":"Y38Z-P3NB-3ZC","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (13, 7, 'sms', X'c95d97ecfbe78468eb479883b2fcecd182e3b54cc1ed7ef6b48f09443fb8ad45676e156ff8c7805eade7ac03d3233919636d8f0c', 'mos', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"BV37-GM3Y-YQ7"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (14, 7, 'sms', X'bf812c30914466cefb6a3e7732d902a071906edde3de877b5388bf974f1797bd1fd34abc6b03281427f4feeb1b6fbf96a242fd9c', 'mos', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-CANTEEN","code":"BV37-GM3Y-YQ7","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (15, 7, 'email', X'20215f937fde28c9d41e2b2da80ecef474de84cc6b2f561fb7b26426c175abdc9ac13e5274fee896b1794bfd3fdecb87d01b90141f3939c2dd53d134da7030235b0a4d8ecc595c4d939dc0e004', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-CANTEEN","code":"BV37-GM3Y-YQ7","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (16, 7, 'sms', X'c523e92c26e4e5010548206df20df9920adca4d4361d9873627004d1597d6909c742ab1f4c1966aca75a77042a47de81a38af8a7', 'mos', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-CANTEEN","code":"BV37-GM3Y-YQ7","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (17, 8, 'sms', X'555a58974064bb894e41f9d04ddc09e27e7496fd46aa0c644d0236c513454920792605cf3861b9742f1efabadeb73546e9f49576', 'dyu', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"A7Q0-3VJM-D63"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (18, 8, 'sms', X'e2eca02358b8fa2444aec578573ac7a44be4fe1b81744be9bd7b25cba910ad37f99b40211a55850a09e7a4872b939fe886fb89f3', 'dyu', 'rejected', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-EXAMS","code":"A7Q0-3VJM-D63","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (19, 9, 'sms', X'6335d7d7f333187541b216bea60dd82a46ce3195c1eac2edec104e1f8bb73289eabb3ed5012e4851d45da223525b375cc5511012', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"GED6-5EVX-STP"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (20, 11, 'sms', X'143aa9c721c1c0957e7252b1156b5842435f9dd74f089e5a9b3f4ae1db698197ec556fac6b20125bc7276e94b4f048663ae92afb', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"DXHR-ADS8-T9X"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (21, 11, 'sms', X'7c36f5f019a04c3da8e1483e06ce1fbb459bc999fc928ceabb302883794cd1623fda97f09ba974ba8c2eadcbeac2af17be24196e', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DELAY","code":"DXHR-ADS8-T9X","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (22, 12, 'sms', X'c152da376ab27ec5ea00042c7c3b0aba5c5967e94f9735ed18ac199eb55322fe369f79ec51f0fee688b681a0e3306f011ce8149f', 'mos', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"2ZKK-R5BC-RH5"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (23, 12, 'sms', X'44b0ca6e322f5750f5d9bb1a27818069410d482557463b58feb36b5981dba023ceac157dcd5988b18daaa9993da268e4456be5b7', 'mos', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"2ZKK-R5BC-RH5","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (24, 12, 'email', X'f580ee10ffc97e9a2ec033ed45f4bede2735cf1d59ba8906ba7949ffcdb1699131b65f71fb0472e6e3c63e9b672824d38d18369c2a4374137e1eb6791ccac42ff54c03485ec047f4c94ba2', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"2ZKK-R5BC-RH5","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (25, 13, 'sms', X'dd1f271dd01b253602a6d6e79bb10ba4978fe33b1d99ff058d706176a73618cb5c9d5df0cc16cc5ae74f289eb831cabad09841c5', 'dyu', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"K12R-BGQ2-ME1"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (26, 13, 'sms', X'73e11648dbe56c7d06f80aaee1e8f68cdefdf2df02e8c95452e129ee7e2f7f9333f326fce9e86ef3035613893ee94df4f632ef39', 'dyu', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"K12R-BGQ2-ME1","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (27, 13, 'email', X'5dce9681ad3604b9e36b5d309d97dbe89e995e5183e019bd3b64bdf910a9f44f1c42cded03911fc85900bf449c56227944c309f490d5e12525650f093049a5ed9623323a06c4c7655819bc', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"K12R-BGQ2-ME1","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (28, 14, 'email', X'249d49d5da3f1dd3ceec5a95db7965305f0fbb52cd3335ab6ca540859d4e72c66cfe6c8e543b78fa032397792af4622426bf9f1d1907775b71e309a1e6226845354d269f5415eaeb564f45', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-STOCKOUT","code":"0XPH-6N4T-RJ5","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (29, 15, 'sms', X'07d938ddd8e12e7239c0ef8503d50ade0efc2a5c1ecd1a669979d972bb856bb0b63c1e966012d385d8b7075bd59d81d93cb309f1', 'en', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"8GXH-8PMD-AYD"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (30, 15, 'sms', X'd411f2f85c3b87ebb6faf473b4ccd0599889df6983723395f83e96059a3665078c815f093ba38dadd2162398589d6f04e3cef609', 'en', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"8GXH-8PMD-AYD","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (31, 15, 'email', X'82e3af51cca78ca90c9ef6b279d180983215324624332d7dafcf38f1d84b9daa31ed378a73fb035500c8281d6f5c0b0e968e9357dad19333ac78be8a4a53ed67d52b1d3c554782934b6503', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"8GXH-8PMD-AYD","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (32, 15, 'sms', X'b828fd3af826bbcbb36ef7372114cc8a6c84aab05636f2838bc2469b975d6dcc550343d9b57ba2d0038149908f0f7cf164844948', 'en', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-WAIT","code":"8GXH-8PMD-AYD","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (33, 16, 'sms', X'50f858c0fef2e797077e5f6d0dea602dba3e1e852f3b534faaf11be4a6076c8e0b3c55dfee4ca9bcbbbacfd8116dcdc3a7858991', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"BKXF-G91G-138"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (34, 16, 'sms', X'eeb23f94f676587ceb2ff9745eefae91bb323da4d15082a78ca8cbbbf8ac3227cd09e11a209e80ec6135376fe3ead8abfabc18da', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"BKXF-G91G-138","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (35, 16, 'email', X'a344d99ce5dab611573b3d0d165170d8bb7db84024e6a21200475bc9f0ba687b075a16615004bba5ba034b935514b736d19ff4d50fea5c1577d19c916f21d1b532556f34921528b8b0', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"BKXF-G91G-138","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (36, 16, 'sms', X'c4c3e82d88ca40b057d093b5499692723f206391bb5ec15e7d5ac99ac167d66c515ea14daa8b6497b7f66b62a050fbb1ef41d7f7', 'fr', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-ABSENCE","code":"BKXF-G91G-138","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (37, 17, 'sms', X'd116284033457d1ba5a06e8cc8c4d4d0cf9a6fe82114078ac7b7e01eb2587deb31980eacc5d06178806e10909cb48bf715fd24b9', 'mos', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"818F-923J-B3A"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (38, 17, 'sms', X'dba08cbf5170b98f59eba18cd9f9929a0baca86215ca229345d5ac345f3f07914965fb7e3e9645835dadc7d0eec9baa60bf1041f', 'mos', 'rejected', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-FEES","code":"818F-923J-B3A","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (39, 19, 'sms', X'31cb0c080e639708c1d87d8c3be2c9dff9e2be0d7cc8e0127543d23c8c8d949edb25904ce0f4c67b4eaebcc1999b4def92472011', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"B8TR-S30M-76Z"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (40, 20, 'sms', X'f4ff0621527a081991a4f640d0b9e59aaba6637ec20956b5b1b9707252931f03e53a901fcaf8068eea1f533c2b9bd99e2859c4ba', 'en', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"J5ZM-R77B-568"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (41, 20, 'sms', X'b04118d163721bd8ad662d9d20e4e4c660b2c25ff41ac8e53f14b9f3373cec9dc0c8a80ecfa87024d1ba2c3ad47e2cc0afbc3483', 'en', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"EDU-EXAMS","code":"J5ZM-R77B-568","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (42, 21, 'sms', X'ee13ae51af67baf9d0d3403ee8f4da6f8799f6f0c0d31dbfad8816364ffef06eef91dd9c50ed73c0b13d3dba574119eaac0e8545', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"ZVAV-R0S5-6YB"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (43, 21, 'sms', X'306b9a7008319126a95a691e5c91f3385883e6f2788bbbfc5a6fbf66a0809993221e9081e02a32c826b947b6687e798c71d7e9ed', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"FP-CAREER","code":"ZVAV-R0S5-6YB","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (44, 21, 'email', X'492590ecbc7a8549dcc3ce35285eee25a7804d6c0daf2f8a774bed8d7496c37342bfdc5d81df9298d392bfd76f4471f21f805fce64003b3c3e9d7530f281081cfdaf554be1a8', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"FP-CAREER","code":"ZVAV-R0S5-6YB","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (45, 22, 'email', X'a1e838235d322d447462549cd6e0cb003f70ddbe934805d1e5db25eab8d45cdab18d2e91bda7f45bfd4414ac05fa5d5bc98598338e235ad2cb3e8d89486b7f0cfe5ef2f5701d', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"FP-DOCS","code":"TSC4-WD6Y-KXR","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (46, 23, 'sms', X'404bedaf6e1a7df1d4eaeccb04f1965015c336ae2decbe5d3f58864e6bfbd411c49995d083a2ca43d099486f12681dcb2bc7d9fc', 'dyu', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"4QEA-HBEV-X2Y"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (47, 23, 'sms', X'ffd4c0cb73916cb96167d3c9de3e356d30ff5af3ca09e9f1a2d0445d4ea66553c837a804fcd8127db48436e4eecaa9371dee9e3a', 'dyu', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DELAY","code":"4QEA-HBEV-X2Y","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (48, 23, 'email', X'457c6c93220f1a84d6960bf4987e1d60d430d67e3b3faf9a136ce52d54739cb6a846011af737c974847470dc47e453af68d65834312c7672116d164f12f84df2c7ea804007a0ce699414fd', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DELAY","code":"4QEA-HBEV-X2Y","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (49, 23, 'sms', X'6428af00f622d341123495a03c83da271160d8d99cc332f2c64ce39c42da61b7cd0b6904cea093348c720e3ed641dcc6544c7122', 'dyu', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DELAY","code":"4QEA-HBEV-X2Y","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (50, 24, 'sms', X'b57b755e6ac7d972d7b686ecd421bd0a53810b1553e26aa926873c8c404c435437169b0190f731943fcc3ee0efe8c5876c975a11', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"R0DM-CK6C-5GV"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (51, 24, 'sms', X'9a44d86ff72ad6b725d1fcdff903ca101dbad6e1a8e83e28e9d6b9eca0e0014589ca845b9557b69a0fd11e3e489be99215468b03', 'fr', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"R0DM-CK6C-5GV","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (52, 24, 'email', X'fb854483413f20802d91c3d3f64547bc934d8355b957d610169286e8ff802681688964b537ca0e2451b2626a74956aa395b863e5b2a6788dedfabd5147910c12946028551d58e4ca0b9c19', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"R0DM-CK6C-5GV","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (53, 24, 'sms', X'4de1c4ba42b4f5ac2db297ff6ac98645a2b82c7968dcd3423b27fe986ffb2bdeef28b7e8a6625d7e903cc63b75bd1632a6155288', 'fr', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"JUS-DOCS","code":"R0DM-CK6C-5GV","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (54, 25, 'sms', X'6acc1ed00c670c0a919d42e2d9c428d954a285421636d31b5ae32ef9a8605c4c12a86a56da3d0c3d8c77d6c6267a2edcd5e3dcbc', 'en', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"3TJ8-NKEH-E27"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (55, 25, 'sms', X'0785a852e09744ba8d7e7b763a9e424aabe27815b590b7cab76347ce113c32c5ea2e70f12378061b30426a6a37ef03307e452acc', 'en', 'accepted', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"3TJ8-NKEH-E27","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (56, 25, 'email', X'4d0d5c610fbe14ae0fa4577cdd159731e6b3408d4e37ac7cd1b3def067085821285f76acabb290d4a65d497a07d82332ee18631ed1f7be168a76bdb5773b52fafa66134df97da96f021340', 'fr', 'assigned', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"3TJ8-NKEH-E27","message":"","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (57, 25, 'sms', X'ea00b8b04f423d8cdbedbc6da22c434a2c5a7465a9b97928d8224ee3cf3faef4987b48711c2d859528eec32ae266a08946e4ab31', 'en', 'answered', '{"acknowledge":"03/12/2026","answer":"10/12/2026","category":"SAN-FEES","code":"3TJ8-NKEH-E27","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (58, 27, 'sms', X'f8218dcfae0144860ba6d1b4c87e9e66dcb60b0cc6a50c5e345dbcfc316c1a83f4c228ce1fd89eb1ef024e4a41a830e17aa8143a', 'mos', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"05M3-ZTV5-84K"}', 'pending', 0, '2026-11-30T03:17:10.704859Z', NULL, NULL, NULL, '2026-11-30T03:17:10.704859Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (59, 28, 'sms', X'8f1bd9953fe4d6c122d30922697cc95117dcfa86dd51f3a899ec11cbd0c7bb6547e1084903ea8d063199e5341475a27e6be5aaa1', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"JNJG-8ADF-DKN"}', 'pending', 0, '2026-11-30T03:17:12.058087Z', NULL, NULL, NULL, '2026-11-30T03:17:12.058087Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (60, 29, 'email', X'766fcd6baec2437e3d94437cb4f98b966b57202ad61bd33d21a56c6a7db0404c0bb1a622db09d9a122d41cbe58f8515adc6a64b049d974', 'fr', 'receipt', '{"acknowledge":"03/12/2026","answer":"10/12/2026","code":"BW7E-W6SW-H2A"}', 'pending', 0, '2026-11-30T03:17:12.09493Z', NULL, NULL, NULL, '2026-11-30T03:17:12.09493Z', NULL);
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
INSERT INTO "routing_rules" ("id", "category_code", "department_code", "region_code", "province_code", "commune_code", "unit_code", "created_at") VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-11-30T03:17:12.157001Z');
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('addf511e088b5ad50f9f2ea337c4d390724927d080339dc8db74062e9d68d1b0', 5, '2026-11-30T03:17:12.348356Z', '2026-11-30T15:17:12.348356Z');
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('7e40f22f94a819e7631a290ea37fd6940df3637082d9c6ae07968f8699566891', 1, '2026-11-30T03:17:12.450213Z', '2026-11-30T15:17:12.450213Z');
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
INSERT INTO "guide_versions" ("id", "category_code", "version", "procedure", "templates", "created_by", "created_at") VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-11-30T03:17:12.503985Z');
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
INSERT INTO "complaint_search" ("rowid", "body") VALUES (28, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (29, 'Le directeur exige 3000 F de frais de dossier pour le CEP.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (30, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.');
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
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"email":"admin@demo.redress.bf","id":1,"name":"Aminata Kaboré","role":"admin","unit":null}', '2026-11-30T03:17:10.704859Z', 'b84081991e0a94e4c0bfb0040dc302551c34b2bd33f0984d20f0f3c9097ede87');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"email":"auditeur@demo.redress.bf","id":2,"name":"Jean Zongo","role":"auditor","unit":null}', '2026-11-30T03:17:10.704859Z', 'b41c72ec5f6b74452e767295ef37b606085d78f4b4bf2a0cbbb1c376d2f8fc5f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"email":"accueil.sante@demo.redress.bf","id":3,"name":"Fatimata Diallo","role":"intake","unit":"SAN"}', '2026-11-30T03:17:10.704859Z', '599201d5e8d19024cffbd74ca1c238af24db15db01e93331eaf505ddea1b4a75');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"email":"superviseur.sante@demo.redress.bf","id":4,"name":"Dr Salif Ouédraogo","role":"supervisor","unit":"SAN"}', '2026-11-30T03:17:10.704859Z', '583db30858652e425883dde38ecd3a6b3d2d2bbf1f4fb9aee77fb5d12bee6479');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"email":"agent.sante.kadiogo@demo.redress.bf","id":5,"name":"Mariam Sawadogo","role":"officer","unit":"SAN-BF13"}', '2026-11-30T03:17:10.704859Z', 'c0a0f93b7bd9e3230f0cd3e5e25c43e86b9268851066315b22201f20c1378e10');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"email":"agent.sante.guiriko@demo.redress.bf","id":6,"name":"Issouf Traoré","role":"officer","unit":"SAN-BF53"}', '2026-11-30T03:17:10.704859Z', '2a6bb0033ecd175a431b7db8f8c3935056a37756dc3cbe8776b7ddcbdcad86f3');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"email":"superviseur.education@demo.redress.bf","id":7,"name":"Paul Compaoré","role":"supervisor","unit":"EDU"}', '2026-11-30T03:17:10.704859Z', 'd964318b127e2e4451424114edc554505e064e922d5acaeedf0c4779dbfc10d4');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"email":"agent.education.kadiogo@demo.redress.bf","id":8,"name":"Awa Nikiéma","role":"officer","unit":"EDU-BF13"}', '2026-11-30T03:17:10.704859Z', '691a2a308ee7e4440faced23798c58c2bb8757cb151d314ea383bffcdc4cab35');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"email":"superviseur.fp@demo.redress.bf","id":9,"name":"Rasmané Ilboudo","role":"supervisor","unit":"FP"}', '2026-11-30T03:17:10.704859Z', '3b9d1427c769d67b72155797ae0df55160bb41a96f8e0d03c20d47f3056b3006');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"email":"superviseur.justice@demo.redress.bf","id":10,"name":"Clémentine Somé","role":"supervisor","unit":"JUS"}', '2026-11-30T03:17:10.704859Z', '74e63fccae655573a2fb0401f0c7d030f907608dbb96bc047fc60a8f6851ae5f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"email":"orientation@demo.redress.bf","id":11,"name":"Boukary Ouattara","role":"intake","unit":"GEN"}', '2026-11-30T03:17:10.704859Z', '38ce7daedf9f13887a6af6b665fa36ffa23db7ef34ea9ae13a5ad6c1471bb978');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (12, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"category_code":"SAN-FEES","commune_code":"BF130004","department_code":null,"id":1,"province_code":null,"region_code":null,"unit_code":"SAN-BF13"}', '2026-11-30T03:17:12.157001Z', '0c2dff431eef6ecf3ea3644ab4fb56a7bfd0c676f75eb80072664d5b9ef19587');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (13, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en":"Test holiday","name_fr":"Jour férié de test"}', '2026-11-30T03:17:12.196683Z', '3bfd0fa2a5df74c8ab71333e0c5c0281db78a0158384f5f9459af773be1a3382');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (14, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"department":"SAN","level":"facility","name_en":"Sector 30 medical centre","name_fr":"CMA du secteur 30","parent":"SAN-BF13","region":"BF13"}', '2026-11-30T03:17:12.228676Z', 'c7cf375d9c4d921ce8431aff678705225988a7654050505ce73e6679ead3e410');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (15, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure":"Vérifier le reçu; appeler le responsable du centre.","templates":{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-11-30T03:17:12.503985Z', 'abe4f3ee92aebeb792e9b4eb9780b4e98740526324762db9e83d0ff3d0007ad4');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (16, 'staff:1', 'retention.set', 'retention:suggestion', '{"keep_days":3650}', '2026-11-30T03:17:12.574474Z', 'c472ec2f24d33bfa5729df3e6aa46a69177de1d9e4b759316be457b5aea126a9');
CREATE TABLE admin_audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "admin_audit_head" ("id", "seq", "hash") VALUES (1, 16, 'c472ec2f24d33bfa5729df3e6aa46a69177de1d9e4b759316be457b5aea126a9');
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
INSERT INTO "phone_senders" ("sender_key", "language", "stopped", "pending_code", "pending_step", "pending_department", "pending_until", "updated_at") VALUES ('0f6a4f73d4e337d1ddeb3ae978f142d593c7709fde05ecd0650aa69bce67a4ed', NULL, 0, 'HA263Y1S3CY', 'department', NULL, '2026-11-30T03:27:12.609651Z', '2026-11-30T03:17:12.609651Z');
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
INSERT INTO "inbound_messages" ("id", "channel", "gateway_id", "sender_key", "received_at", "limited", "reply") VALUES (1, 'sms', 'fixture-v20', '0f6a4f73d4e337d1ddeb3ae978f142d593c7709fde05ecd0650aa69bce67a4ed', '2026-11-30T03:17:12.609651Z', 0, X'8a9a7fdaf69bce0d16d3a3f81e0a76af50f6bc095e9b3ba55479bde33bc93afe600edd87a18ccc3dc7e468a7041442a932dfd2ddd523b287fda193f110465e25e9f3153a5869c179bc82e32fc71758ca64db364cabca86170fa38f26859e2cd4c94da183acc056d6efcdd22cc32b169e6eea46bff08049fb2fc7655c56315d2376a06796e4683796463ae7326db518dcab8f1f506fd3ec15305ff174b93591df46cfd2b902f8413b7229870a883f0aad7446de72ec18c0c2ae68050e9d76c1eea41c');
CREATE TABLE ussd_sessions (
    session_id TEXT PRIMARY KEY,
    sender_key TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "ussd_sessions" ("session_id", "sender_key", "state", "updated_at") VALUES ('fixture-v20', '310836dc75f5c847810301c3dbc762a1cf63f286cfa2f2410ced6cfcec478eb4', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-11-30T03:17:12.649826Z');
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
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'complaint', 3, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 1, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 'complaint', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 'complaint', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'denunciation', 1, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 1, 1, 1, 0, 0, 0, 0, 0, 0);
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
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 4, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 2, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 2, 1, 1, 0, 0, 1, 0, 0, 0);
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
INSERT INTO "attachment_blobs" ("storage_key", "sealed") VALUES ('2026/11/5a9ddfda28263ddeaaab6f54b5e09eec.png', X'0f48560031db9b0f5fff9e49022ddea42b9aa3b54ffe291291aac38b42477fd04784a5a40126dc1a232df280cc3c17df6462824b1acb7990e163fbf2d9ffda6494dfee85769eabfdcb0f1be462fda001fbb67163528d87db87d889b72df6c345d604dc93eb7c0d89a521b4ec9f');
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
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (6, 0, '2026-11-30T03:17:10.881824Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (9, 0, '2026-11-30T03:17:10.981903Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (15, 0, '2026-11-30T03:17:11.131884Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (18, 0, '2026-11-30T03:17:11.176629Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (24, 0, '2026-11-30T03:17:11.305674Z', NULL);
INSERT INTO "secret_attempts" ("complaint_id", "attempts", "window_start", "locked_until") VALUES (27, 0, '2026-11-30T03:17:11.371732Z', NULL);
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
COMMIT;
