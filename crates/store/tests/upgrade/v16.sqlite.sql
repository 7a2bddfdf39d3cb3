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
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (1, 'core', '2026-11-29 22:19:39', 1, X'858bb75567cb93a3a6121b9fbf705b9a2ff571a22e92e783d718f7e7bbe40e1fe953fdf710a6073233387d3bcf89842b', 3373195);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (2, 'intake', '2026-11-29 22:19:39', 1, X'00bd74f23a8a05d45ac2a2af1b245d1dd3e3701e917002c8641529f2af44e1bde5320e1374708abd6f1bcf0124b77d58', 1297621);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (3, 'notifications', '2026-11-29 22:19:39', 1, X'ac9825ccecab90acb3efefe4f3d758a99512214b53c0f282d852d669d1bc9278ac4e07c18be14508c59c0a34550f0f4e', 1232085);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (4, 'escalation routing', '2026-11-29 22:19:39', 1, X'75c6e920fafe3a4250f97a931ef9d643e0c18fc7be501a122a5559aa3fbada0d0ce7ea6017e3534057cee8a6e6a7ca44', 1323791);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (5, 'staff sessions', '2026-11-29 22:19:39', 1, X'90a0392224d1c5285e1d998a6370de47f4b21b92e6552f02816edc4a99116f0c75c8e0f8ab5cafe2f6e5939141f71069', 2244444);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (6, 'response guide', '2026-11-29 22:19:39', 1, X'53c589d695a7a1d20e53e304fda52c0d6aca42b1c13690854045c382ca615ca8c439dfb7a4a9c1302c2415f15ac8e349', 882227);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (7, 'search', '2026-11-29 22:19:39', 1, X'2bdb6635a4b4147919e9554823a764e2252db043ab4f9b714bd1fc2bce76ec4d5b405bacaf1215f6a402a48b4fd2f0b2', 1515605);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (8, 'unit queue index', '2026-11-29 22:19:39', 1, X'e030c0bd32182999b39285514c0626e6d58b2eff20f16717ec1694f0f42b78d4e92d980a6c88da2d55a33766a014705a', 893023);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (9, 'duplicates', '2026-11-29 22:19:39', 1, X'0ec041c41ad227009e39a359b8277d35d6f72266f6772ec62b25c796298c0a99bc35f9ec4e27937e9432f8b30f4e1fba', 1616103);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (10, 'admin audit', '2026-11-29 22:19:39', 1, X'a19cb4607c6e63f7834392124daaff31ed4471236af2e23dc27d804ff0cd49b6e3ce7ddb690418c6d56d5e2558a1234e', 1296670);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (11, 'queue filter indexes', '2026-11-29 22:19:39', 1, X'a20b69e6faf96302118be6c44fabc3233ec2eca9f1c405d4d9d4f11c57e4423ed6c97296d32c54b3c45473888233bd57', 1365152);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (12, 'totp', '2026-11-29 22:19:39', 1, X'088c13e4e755a7cb5e792df664eba65d47bd6494921b3e209ee7b256577f4d1ace0aa730c417bb2591031bf85f20dd83', 1980312);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (13, 'phone channels', '2026-11-29 22:19:39', 1, X'b173388c88b304fec87e66c7430862c7b2e7de66972bab130dfd180ce7b7f2b9761167d5be1f86be550ce324c6ecad36', 2841248);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (14, 'open311', '2026-11-29 22:19:39', 1, X'b19d31733831fd8741848db8063b8d4e66fa092d3f3dc1c707cdb409aac47f11f47e3c05ea8e2a8ed13ccf905fa774b7', 4687151);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (15, 'stats', '2026-11-29 22:19:39', 1, X'd5d8345d8d5d629a41825bcf6093c6dc83a38a154789b70d93d440ba4c33b0d0e107d82e907bf8bc00f100d829c60e5c', 1770733);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (16, 'stats rollup', '2026-11-29 22:19:39', 1, X'746c58b6b39dc1e14acd3e675852c87a76b70d3eb0c590cde6a7f4a94defdeb6f6c3fb9799764c4f642de16204b05e95', 1249360);
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
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (10, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (11, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$PxgmT9jkHs2U806+qJYe+g$OHpn2LOq4ZoHV9Lrd4MYHkgEAk9ZY620qNVoYWvgAsg', 0, '2026-11-29T22:19:40.119147Z', 0, NULL, NULL, NULL);
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
INSERT INTO "api_tokens" ("token_hash", "user_id", "created_at") VALUES ('285f9acb9b6f01ce7d5238317f1896683ce51e525593564d35e48fed200afa9e', 1, '2026-11-29T22:19:40.516185Z');
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
, duplicate_of INTEGER REFERENCES complaints(id), sender_key TEXT, media_url TEXT);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (1, 'E4EQEFKVDPX', '43eba785b644bf5707bc5c204b5e90fa9e2da4c9fec55f2d33bbf1e80118b2e0', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'e266e67e02324f69e9322e73d733506015515ce493e3e2a804a694e472b16cbe21bf9b96f0f50b196af6328a57a7b31c336a0cdc79d63461c3d4f775156acf60', 'received', NULL, 0, 0, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (2, 'G7TCGNGR41E', 'e0f456a03a18d5cfc870609d92912242edb281d0956096ac88389112a20b5b72', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'accepted', NULL, 0, 1, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (3, 'BG3XJJFSYD5', '9b731821c724083fd6723dc61f17829177e38c018fcb852909ea12f9b32a86a2', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'1394c9df7de30bef4fcad9511b3ff5becabb1d7fff2c57be89105ce669563fb8f30765fef91c3c824dd9a7d2c3f115a1a08fbe75a12114325538b4c51fa4a64f', 'assigned', 5, 0, 2, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (4, '5T3V21B0695', 'e71ae8f62788fe487510c5a1fab87ef1340631340cfdc3c42ac25dea7c3fad01', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'937c806a8d3e078192c99e0fc97cbb2e56c14df8533dbe206b086bbddb434bd163d7a0e89b486ac565c2840ac5e5ed5c9ad3c7c160f173e2b2ab5ea5d163acab', 'in_progress', 4, 0, 3, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (5, '4R1PZVFARXH', '40beea73327a5062c97f06a9a00e8dc952ba42935f49dfa425b79b6430a6076a', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'869961983a686ae2a18c8861dd7fbcbfa94fba03e5de06dc9caa63e3166be3ff51422d0e9ca85e3b89862ec5a239d798224f03be678c5639eac7a7226defc47f', 'answered', 8, 0, 4, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (6, 'C55B5W6CACH', 'd6ff1a0ca76323946de95570a66c496e1fd488551e329d3e1b2752cc817fc668', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'appealed', 7, 0, 5, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (7, 'TY6ERBCNX21', 'e2d641ba5fe180f44238f5f7a1fb55756180dee1de425b2c38160245d1f42cec', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'c969a757f841825f68be9c9453668b444aefb3ca99a6f775726a9f96999dead163cb9b96d60ef56b0d75be1b612c5d9f82e1db36e8c14cd13a5ec19e85605fac', 'closed', 7, 0, 5, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (8, '0S572CMWE13', 'fec43a8474575645281fe5a496ce7566c08c24e816504d7db94e838c40a1c4f6', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'cb8c4d65822cf9561324b84afad6de86f8ba0a7462c95a538029603eb305afbad8332eb19987beb75c8d390fce165499bd7a770d6e67704f4dc2ad160c57a6ea', 'rejected', NULL, 0, 1, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (9, 'V8NC0XHF4JN', 'd7099e7cee1d7b33edde9b4e386aa96576f78d750846c5de363c92cefcd8d937', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'1538cd7cb5196c47edf2d49296e8cd3d1d0c146558b970cac6ef9d5fd76ed48149fa7294605546578eba11f77af9c67c2e217eca2ece728a92c21d89e6667de8', 'withdrawn', NULL, 0, 1, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (10, 'DBZM4NP8DZM', '79bed8097695b46c792904b74a06ab26ba00ff2d0be53502074f3533483cb084', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'received', NULL, 0, 0, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (11, 'AQN7B46KY30', '137d4e862080d4c84b65769ba9b682231cf25323ffcc3ce31e2018735cbb969b', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'6c41aab02653104f408e512284b82aad5cd6be3eb1ebf68140c661a557a10b15a0a3644a1fd305c630cfb5ae4719afc5faf1f1840a257142d3b8138dfa5f7b25', 'accepted', NULL, 0, 1, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (12, '5NMK7NRS0FT', 'a997ec3f5ca275e2d04b68a7edcc8281f8125ea01ff23a7792eadb2b755ad404', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'75f77f7d015c87e10eb832a1ca72dbac40b9b90d695a428b906f9ebefa63ffbdd1e264467ff0d8a5a171fdfb9a034b51042ae5451a66cdb2c169b4e0ecbe9864', 'assigned', 10, 0, 2, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (13, 'XMN6SD003BD', '6bc5cb173b2ebfd91092928e76b969cb3ae830940c946fb99740397470c3d86e', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'14651aaade77d13a118eb0515b5612b41facf1de4e354af831476cee875e1f54461bd6d23b9cd3d8fad67454e3aa0ef45174ba6662f12afc25b8144f737f6a59', 'in_progress', 5, 0, 3, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (14, '4PJV8BPMKB0', 'fb96823fa8bdb4af464ddc4c2f27bd24c729878aedae909afebd268f50b29e08', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'answered', 6, 0, 4, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (15, 'JNQ33DQSW8K', 'd17623f75493817367ada975827780dd4e7cf93a728a8bbd945055a9e225f07a', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'0d93a1134a3e115d3399c07cd400e170b2748c6ed1306fe6164a961ba51eebe6fc1441dbc0fd63d5873c0335291aeb17cbea8364d889ac5caaf0b44e463bcd4e', 'appealed', 5, 0, 5, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (16, '2Q53KMD9A3S', 'e4b1a0daf44e54800a65b85f9355343b4f91c457543af6e26eb60acffb2abe47', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'8139dc89f1cf806e02733a4589f36e0b8cf7f532974c1d61a353653f5859c4a38b4036c3765a309ee34b00afb7613cb05f422ee1d85b79ddeeff338845923171', 'closed', 4, 0, 5, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (17, '0ET50J9D2WX', 'ee41af60b520dfd705206828fca7953fba1f1b651ae0f1c8f5627b60dac10c89', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'19bcc9c9b50d7ad0adb32a08ee7b3fec8fef0c03b2958d7c586e4fe10d1da0176652c68cac698894ad54f33005b1f89434657864884d82c6e784b89407b8b3d6', 'rejected', NULL, 0, 1, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (18, 'MTGY265ABZS', '1bf9fca35562ffe9382915a1c6b765efab2e28b829d3fc2286847a4b64a34ce0', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'withdrawn', NULL, 0, 1, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (19, '8W97343M8FB', '7391b183b63b4cb80b56240ae0c0f7c3651673ff30aa92e1a5b68478e7eb976e', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'1637781fdb0a6eb6aa6be5134cee796baa419a83ffdbb6c063310bfb27e76244fd34eb01a981a1d9f68c791b93a395d109c7cc6c048fd2402f61358febcd14c6', 'received', NULL, 0, 0, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (20, 'Y42DQ2BVG73', '6f94f5e6a98d105b3560eb883fba518f980a773365cb4826dcb9448dc54bf5c8', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'6ccc58566bc80d87057951fd64fd8fc0a58d273bc373366c3c8528eaedf223f0831f13566e15267c664598d5c11152116ab74d4dd42e38652534a3c21f6099fd', 'accepted', NULL, 0, 1, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (21, '58HV4RMFBBV', '0423dbc784ea98a22ea66fb9bc35119e7a8938809764d647b1daf916b2486f1d', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'9729ac5b8a2bf8e30bc514fe965985e96d08d64c8443cd3ff1851e621d3a2f9e7e78375160b7b02ac8b834cbf8a7dfb9ecb1effbd4fdbd5190c7175dde898329', 'assigned', 9, 0, 2, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (22, 'JHK7VMSAJJ2', '5bdd14beaff0b946111558ebef5b82d7ab67f87405b4db43a4733de3a4cab1c8', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'in_progress', 9, 0, 3, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (23, '56FBSYA0CJS', 'de863d14f2f02f773e346cce68f084a45dcb7cebdb3502c53b40b17332e9aadf', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'c29aa65d8e0f04de174093be7a5e3fdb4989fd57d48b3da5e1bb3583b840ae8b4951cc7ad8fa66ad9ade65b0e9c8bf5b1d367fad03f71a2eb437b6c856f00c5f', 'answered', 10, 0, 4, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (24, 'P26E1QTQJHP', '41d5d077f24e8f892a2b76bcc153e633985252e163eb4355a4379fae84c461a7', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'15582f56fca051186651c8193e941d6fbd5577496402249116518b9f30de6bd15a70ebde431330b2f3f3e44b8a83ee2d72ee63a51d884f8ab21e5db149b0572a', 'appealed', 10, 0, 5, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (25, 'Z4CYFWPSZ8G', '2710265202e438876ee1df0d81f75e6120fe2688fa730f8d1ed6c2f66396b4d3', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'71ecd82cf8364baa4528a91bab3e7b9ceb568ecfd396b2ebd09875c41eda43bff981784dd01ec545bc35bb952ee2e42df2e352d8c20783490974c4ba642e7f37', 'closed', 5, 0, 5, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (26, 'G5BX0SN75KY', '4f58a63da29ddcae7790970b0dcc30d8e7c42041ccbb4709bea1ecf7793e6b15', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'rejected', NULL, 0, 1, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', '2026-11-29T22:19:40.119147Z', NULL, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (27, 'MJN25TMANWY', 'befb5cb971ae61b2d0adb0159db463737aaa6533caa517ed1bdad615ef0b5f0b', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'9edfd629e9dda7214ad3ac183a6ef9df32352f45b20cc79055ef4246c4ff8add56d585ac65075406ae8b483a6ea8364cb5fcd78ec6771ea8abf2750187888c6a', 'withdrawn', NULL, 0, 1, '2026-11-29T22:19:40.119147Z', '2026-11-29T22:19:40.119147Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (28, 'JA9T9NHF9SX', '1fe01544290bf3cdedf88838b006022b3dc8adc6831a828db9487ff2194827c7', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', 0, X'd932f9adc050b56be3a1751afdff24cce48a47c536beff0abc2d645b66e041b21d980ee9170187539f23141f06267ec28014032e9b2edb78dcc1be7a3eed52e5e13728467deb39548d11b1155b104560018ed3fb88a0ea06', 'received', NULL, 0, 0, '2026-11-29T22:19:40.920548Z', '2026-11-29T22:19:40.920548Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (29, '19DF0CWMSVN', '6ccee6698b08a1fd56642537071b19e05478d3a419140c1935fdc2c1692f7461', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', 0, X'fbe5ea95e79b86d52b4df0cfb90091ef57b19b680a6ddb2de8c9dc1c530815ad63027185a2af0783fcee734afb41932fe6c0024fe98accaa53c440d4140302d3aada96ac22d10662ee7f6a214cfdb84c3e96926ba0397a3691', 'received', NULL, 0, 1, '2026-11-29T22:19:40.95196Z', '2026-11-29T22:19:40.972431Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (30, 'QCZEJJGZ8CG', '4e16393e4578437ed5b81e0373fd7c4ba5f94c869d2b01ac0782885a5414595b', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', 0, X'7028d01091801a667b536718b244dc29054b7b291d645b7b9466470f3dd2b6f927d5d994377dd5905cb6290716d1547167a8921f413e8948116752b544fa1392', 'received', NULL, 0, 0, '2026-11-29T22:19:42.559515Z', '2026-11-29T22:19:42.559515Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, '34d2ef31a0598bdab66bd72f5c188bd9af9fb4e309be734f85356eda8c71ba3f', NULL);
CREATE TABLE complaint_events (
    seq INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (1, 1, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:19:40.119147Z', 'e409e8c82573bd29beef183ce61cef53326b4744b362824a7f5db5c093bf2eb1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (2, 2, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:19:40.119147Z', '465bef40d16cc5ba5321987175f00b869730dc500b6c0245be4856220a65e828');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', 'ad99af2e9bb08236f5e7e6ffb0c4cb56daef457d19f055150f17cdc079896747');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (4, 3, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:19:40.119147Z', '36de2dcd22734d89cfcf3085ba529e2aa7cd8bc54bea2af310a728b551a515b6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', 'a4d9c1ab0c50ea4a6d1941c777e4732a393ed9edcd7ff67d3e0659e7fb626f3e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (6, 3, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '6336b86367cd3d01b8b6ca1f4deaa433004fab2314ab13076fd4f2e3d2f3acae');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (7, 4, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"denunciation","unit":"SAN-BF49"}', '2026-11-29T22:19:40.119147Z', 'eb1f72c72710c2e3423fbaa6867fc635bd5f00289c9250a09df2cb79250084b5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '913a40a81b482468583db5d12a14347f0f5e405e1b0b1abfa57820a3f804068f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (9, 4, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '230d526b8e4ada458f1a20566e6ca57cf3100a036459f43a554fd8a242d45fb0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', 'b859671dba12f0fef923ea06c2f42c1ca67001345c0abf3f012fb1f99b9944b6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (11, 5, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:19:40.119147Z', '7be2eedfb15524adc2e09adf3d31aa1fb383a83f845902ba7fa387a761968d6a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', 'ee984a33abf3fcb3c6058aec228ecbec2b974c3ce118d01ec4d104ea008581fb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (13, 5, 'staff:1', 'assign', '{"assignee":"agent.education.kadiogo@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', 'cbffb6204cc903b2f118c1064238ee1210714f9948194f5e4b288c4d738883ae');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', 'f4c9503158e1bcacc68cd211b7556da8b5bdfc7db3922938792a0d76dad3e6f4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (15, 5, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:19:40.119147Z', '2f4471d75672dbff2a85a751682bfff6ee9358629564d3b67925a63eeb8fafd2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (16, 6, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"complaint","unit":"EDU-BF50"}', '2026-11-29T22:19:40.119147Z', '6efdd873474adc63b2d58ce8eaf51b8c478378d249061717c138d92ee8abdde8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '917a325c02ffe21b6de63e166d81cc93beaf9866bddc9c1770681771c7be8b70');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (18, 6, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '724422522190289aa199ad19107876777d96b08a9175dfbeae0268ab314bca40');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', 'e8359035bb3044e4c35f283b3ca37c40b13a83bdb713dc1cce67c35a236ee977');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (20, 6, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:19:40.119147Z', 'aa4798f39d7c36d51c189b5dd3d84269cba305fcad2df513b5a2ed1e36075c72');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (21, 6, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:19:40.119147Z', 'ac991a938a2a42225ba2abccd0119b0b07dae924201dc6b2c3e16341fb9e2cd3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (22, 7, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:19:40.119147Z', 'ccad7c7630c6c118642ae83d06788210e10f16051841fdfd875d936784aab67b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '90bd6c1675f4288ea9fcee3ea03ecdcfd3f4a43e56d827de7ec62e5fd9a873ea');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (24, 7, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '1f60eaeb238c0ca4c4e58f5f733104b1ea1010258c5f613538b8220971f7ee27');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', '5c8943d89c84026d7ad83083fd689b4185ec7024ad83589af515666d7b2aa728');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (26, 7, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:19:40.119147Z', '89cb0b6251080830a98fa7b6b7be83c13a2a57a4307becb20c7bf418865a9ab3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-29T22:19:40.119147Z', 'd54d0c9cd23b78abc488eb811e35d623fb87137ada21ab62d6be3d0fc168b11d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (28, 8, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:19:40.119147Z', 'd024ec3f63f4ecfba9479dcd5af0f97db0ec1a8c1b93c378c862fffcf2c80307');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (29, 8, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:19:40.119147Z', '93c3250589c0a1c9ddff8716f14747d5e1aa64ef0d9b73e1e9cf4e76488fa872');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (30, 9, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:19:40.119147Z', 'a71e63b06161e5dd58b1b522abacdd4b69f5e4157e988cab4e9fdf60460455f6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (31, 9, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:19:40.119147Z', 'a4f77baecf83c751a591c7eb34c6b5a4b9b58847cf22a189d4bf24bd552523c3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (32, 10, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:19:40.119147Z', '5f5f6169a33a328a69d99c57a3c786ade9d2d1173af0b127e4f7b06568737b09');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (33, 11, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"denunciation","unit":"JUS-BF53"}', '2026-11-29T22:19:40.119147Z', '5bed6935d634a3dfe68cf1b0497b6865ec7e362dcd678d5c72aa3bb2bfbd741a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '0f48fd9158ab2a860da208957d5b721dd1bd6b8bfe401c785f15d6e67156c244');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (35, 12, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:19:40.119147Z', '9b30749eb4cf9f42ecc7b2590a00d9bfb37be460b2e6b3218f3c1a3be2901052');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', 'e3c2568732fc41edfba566c6acaab93b2bdb5836e8df1ca19dd8ba3318d7a69e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (37, 12, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '7a28f3be76611ef6fdfad59439e88370ec0a02b9e818b00eb6ae2923e9229d6e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (38, 13, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:19:40.119147Z', '1be02aca5d20204e4b0a4a214956dfc0d57177d15dcc3f63d25ac68d48375561');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', 'c4bd9eb1ce2fb817f2b6f3d6a8b012ea16e0019955bba3ab69f510ada7e858b0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (40, 13, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '2fd9938a8d2b45df0743b8b1c71827557ed1db7fbc2ae9045b246ff3e29f3803');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', '7e3659408726d410111999679b7bb8df82d95dcd8900c1af29f2d6fe35902835');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (42, 14, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:19:40.119147Z', '06ae3544804caee370256e47a6aa64a42cdd6e44cb54b0655e6db0e4cca8ceea');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '60e21bb60c7225ed697169632cb67b007639c0e96559d71999371fb121204e0b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (44, 14, 'staff:1', 'assign', '{"assignee":"agent.sante.guiriko@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '8d9f5755ea6b13ff4222b0c8e37df64988417344fe30401121a86fc3e6509b55');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', '5ed6ebd0b8242ec4a284173842df4c78391f49a62e73d8e8b2217357802a11ee');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (46, 14, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:19:40.119147Z', '49c50b6b7b6bb907f8054e2a720549563d8221da184d058441b1877c0980c9cd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (47, 15, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:19:40.119147Z', '55b2c7ac331e7ac55520ef8d7225f87f855ad1d2ff5d8880fb35c7796029cc34');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '539cbb20e480fbcbbbbe24377cb2dc5ebc5c0722a84eebef0a1de9bb1678fcd0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (49, 15, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', 'efde8a2aefb78e1ca30a35b9207ca88e146a239e23569ae88115ee4d730b52f5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', '2936ca935b51cd11d36c9f25db71a2621595de128d80a89f332ae3ff70fd403d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (51, 15, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:19:40.119147Z', '457c83b20121c7c1358b52bd98ea34e8446604f7e2f6768991da9963e37ad5e0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (52, 15, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:19:40.119147Z', 'd21f69370a4f80728667d9ae62f7d21705409a76e947a12e6e0fb1c3a02b9ec9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (53, 16, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"complaint","unit":"SAN-BF49"}', '2026-11-29T22:19:40.119147Z', '1b131725bacbcf4ca2bc8d2d0af037463621e3bf1e69870cc990973d91021d79');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', 'c0bdcc583516ff53fd6c6412e5d8635b23c1fb25b661076c67d6fb7b1a6c97e1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (55, 16, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '59b4648e5b7fc2d051f187f647f95856f31470ec4bab8c84abb76a55a8556bde');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', 'aecf0c7a528ea9cb3560b8fc2395605a84c96ff6648c7380fdbd6475418e0ece');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (57, 16, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:19:40.119147Z', '4b56fc3a227b4f410c0156087f0847b5f360a50667fec79b368594fb7d2e17a8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-29T22:19:40.119147Z', '8465af381e47a6fa997f3374767b4bc831f6c1dd73d182f0e37e0b81897bcebd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (59, 17, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:19:40.119147Z', '423d125da063ec7a8d92521b10ea1bcd7d43291dc2a7b3091f167780478348f3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (60, 17, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:19:40.119147Z', 'cdeb5a512cd2024eb9c77c1d2ce9a8c7a183ae703ee58ce5e802f4ab70cfcef2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (61, 18, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"denunciation","unit":"EDU-BF50"}', '2026-11-29T22:19:40.119147Z', '05d1a5cb3328c3310fc464fab5550cfad54de1ae3cb3412085ba6b564abc0d75');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (62, 18, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:19:40.119147Z', '564802a37610ee0004a92285f42c064e9445e21e20b93196af359a62518671e7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (63, 19, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:19:40.119147Z', '555f25a027c1b080c2219f214d2290c7757ffd3b90f1c2cc8ca7b76ac0355cb9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (64, 20, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:19:40.119147Z', 'a6db3e2edf11aa0f3666a969d5cab949a3e2b93cd04311222a374d27b6f4b1a6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', 'bf19e0f94a74a1478d6b0563d0e681069a436970fc2a7e273174e0c355f69273');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (66, 21, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:19:40.119147Z', '45bc5b5b94cab4c65b3f1a891923419049d9f9198ccf67a4355ebdae3be82fd6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '0cf90164b24c897213c16885ac942e8b840d0d02821b61bd6e618fd370105ab0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (68, 21, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '8ea3add8ab6f9c0435390d23bec169a367df1e5bd36c34e7b5500df78492acb8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (69, 22, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:19:40.119147Z', 'c32d40e804c80315d3964f1438ecbb08b0a93334e92e9f3f70b613d3ba96cb77');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '6c5a7325044e463df42fb7207602c7ebe976b05ac473a09e2232988f7e655b6a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (71, 22, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '794bb7f242d60755df51865d6309da120ba592b0b2294931124c19e7cafef3c5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', '4ada9f5910b222e4f0f476ed4ba69fcd5cb1a6ab6ae4d4419da33ddffe759542');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (73, 23, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"complaint","unit":"JUS-BF53"}', '2026-11-29T22:19:40.119147Z', '47f7cc613301dc136976928892beec99b9405dea81b79c55ece1ad06b14b43bb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '88cbc94953f939ef9fa1dfb3a015ca6b44d6c5616568f9bcc9e32643ca5f777e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (75, 23, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '5900fdef0c185a76acce3856ff268c4d1497f1b8c2a6460dec5a142d830d982f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', '599cfffe1a40cd40e78971577104a7ae8f9adaeaf8a8689300bfa5fe74248086');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (77, 23, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:19:40.119147Z', 'e6cc8650a21f6f60e01bb2821490f2a390e794c2f45fdc288708bf7c841d7f49');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (78, 24, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:19:40.119147Z', 'a4580219b9e12297b544e530c3c486d4d54b5797fc6fb6c1a384ab0bfaff91f3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '890b1b8f7feea57048f98ba194738e205a46bd6bb94314c0ec3dd2306a4bd8f0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (80, 24, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', 'ad6d370cee47070b2e6b0bf5763f992385467d1b09986c8a561fd5b51220d150');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', '5212aeb28c009e2fb6706d64bdfee428af1276c4030092d5c0bf6b221de5e080');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (82, 24, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:19:40.119147Z', '8283472e6b4e73b978a8c4744812a802ea00afb727ba820b0c89adaa71b060cb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (83, 24, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:19:40.119147Z', 'b6728444fb38942fdbbd5fb41b6b5c4bc80b34176ad4366b73f48fd54604a84a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (84, 25, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"denunciation","unit":"SAN-BF13"}', '2026-11-29T22:19:40.119147Z', 'eec6f03d2a0b2c6dc64593bb965b11567e64c7a34d0bbd7cedf4f113393d7fa4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-29T22:19:40.119147Z', '960c6651577d15223f41993bf5d9a29747b088db8a3c3e3c4866d7997964e039');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (86, 25, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:19:40.119147Z', '3a52c68ea76cf0e9a0b4612e96f061b06977960813dc984fb1def39021e5b15e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-29T22:19:40.119147Z', 'eb414bb8c4555b3884aec026ab7e2b584f6e9e3095e2ac6ed8757951200d74bf');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (88, 25, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:19:40.119147Z', 'd1394d81a13e3d7ad23af853d961c1fefcf6a40072d3eb4db2b867fbe8a2e3af');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-29T22:19:40.119147Z', 'f634df85ca2136d4ba451931ba69a04cd9f1bbf0871dbe7ed0a540170c04b118');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (90, 26, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:19:40.119147Z', '40f2c8354d064da252ac9bf7141a849c3c3dfe7cc81a4a3a7af6919da7df142b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (91, 26, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:19:40.119147Z', 'aca3de47c295256c724711c0da37382bcf7f275339bffc7959e44489005c5755');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (92, 27, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:19:40.119147Z', '1017011738f278f34609c8d14c7ec977a7576a82664474fb4eaec927e8169dca');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (93, 27, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:19:40.119147Z', 'f3a6642eea0efac992f42727c66e1af3a0cc29b4aabe54f494ec708908f9992b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (94, 28, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":1,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:19:40.920548Z', 'e0ce3fddef615d866fcbf5f454569c620516e3e504bb5fe90d08bc3131e2821d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (95, 29, 'staff:1', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"walk_in","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:19:40.95196Z', 'ec0f9599c69178f062119542388d1257318a03afa926898ff94c80f092da71e6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (96, 29, 'staff:1', 'note', '{"text":"Appelé le directeur."}', '2026-11-29T22:19:40.972431Z', '835d62e5cc1ed822548418490ee6b60fb2d4636f9acaaa82041f39aaf29a5d97');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (97, 30, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"GEN-OTHER","channel":"sms","kind":"complaint","unit":"GEN"}', '2026-11-29T22:19:42.559515Z', '2ffa3ef188365d8d045fc631ef0eb82f22d3cb51219142dbbb741d224af8214f');
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 97, '2ffa3ef188365d8d045fc631ef0eb82f22d3cb51219142dbbb741d224af8214f');
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
INSERT INTO "attachments" ("id", "complaint_id", "file_name", "content_type", "size_bytes", "sha256", "storage_key", "created_at") VALUES (1, 28, 'receipt.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/11/b9d125ef7c589a29ca0bc95e50dc8416.png', '2026-11-29T22:19:40.920548Z');
CREATE TABLE intake_receipts (
    key TEXT PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    -- the follow-up secret, sealed like personal data, to show the receipt again
    sealed_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('web:d3bf5025f4b0e8265c11c1adc96711b7:5df71466b2af12a4', 28, X'27f83f00772acee67cf8d25056aa530a4af791ee8914181c0fc2eb56df8632b68270247916fe74cfbb9561331d7da9dc', '2026-11-29T22:19:40.920548Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('api:staff1:fixture-v16-1:56874d94594a999763fbea2978c3fe0f', 29, X'e25012841f4d4adfb93806c9be4a2dc6a3f07a9105fad022e07fd194036f2dcd387b8b6d042ed2f2128efea35bf670f5', '2026-11-29T22:19:40.95196Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('sms:fixture-v16', 30, X'fed8ad0b82c018f18d2f21a44d657a374db6845dd1c75d8641fcc36660cc26be7da1b777369a5c39a1bb2a7a9e59b90c', '2026-11-29T22:19:42.559515Z');
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
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (1, 1, 'sms', X'0df48939457736d80d90e1cdf6bfbc45a184e48e237668c5f6af0656051d906ce3011f2bd56f7551c855cb9b323526468319416e', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"E4EQ-EFKV-DPX"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (2, 3, 'sms', X'9af3d6ad9df8d07c69d95da323a4f81b5b2761bb9a2c09b0655282165dc6d84d3dc994198754e81443fe980cf97d2970bae04c59', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"BG3X-JJFS-YD5"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (3, 3, 'sms', X'7118026c98574e3989dd47aa2846d000f75b1ee4c179a59876220af0bd6de75ace0123d11c1afabf8ccfbf8e5e540b996d35310f', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"BG3X-JJFS-YD5","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (4, 3, 'email', X'e16300de30b0f2b2bc9646aebeeea653cc72cbaaf9ddcbe17e614508ec7d542d1c4eaf706279656ea246177d2c3ad741d152dfc2084b2e64979dba3ff41e1db78b1de14396489d64df256f', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"BG3X-JJFS-YD5","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (5, 4, 'sms', X'bfba9228bdd91950519105a44ad96b4df175658c0cbd76affffdb371ac5768caa915543921ee5fd787e9a243283a515bd6833274', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"5T3V-21B0-695"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (6, 4, 'sms', X'b62c7f0c063ced41daff35cf1245b2d84aeff536a70a419cdc580a0b172338341b8ddfdcef7e5ddbd25ea97f069dd0d4f02c89cb', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"5T3V-21B0-695","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (7, 4, 'email', X'74d5f9106f19194fc2802cb196aadc4edf29b2830bd0faf231c062efbf8aabf2264a29f79806822e1b973b5d3e3036339e1ca9bd6409a126acd24748212f0ca78ed67d9f33cf920f0d', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"5T3V-21B0-695","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (8, 5, 'sms', X'8059e19d489cad1a080a6984b46aa7337487c5fabb499955944cfe741651593edd1183350642bfef21f7fb5a544ae2376127906b', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"4R1P-ZVFA-RXH"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (9, 5, 'sms', X'07613512e9db259564a3927f272fe52c8193031d3e79c08892f47db4927c497547bc654d86c1c05b6083a52097c69e6975d850ec', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"4R1P-ZVFA-RXH","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (10, 5, 'email', X'452d4c57474d27caa872c18518887783aaeeed7d14938db66397c2eee77a91dd5ebc570802f0901040898d8130c072255b2332a108afb444f76dfea562af4aa9486e18cc18061c2934a7e0299542a9', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"4R1P-ZVFA-RXH","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (11, 5, 'sms', X'8b318b80e31c1ef502774b73d60384a8e28877061cebbfaeaffb6a72d80e9d3eb47b9df5aa5c739716b37b1bfd822b3081008ba4', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"4R1P-ZVFA-RXH","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (12, 6, 'email', X'1b8942629c76c6a432fe9e24b1a266724484ef1c8528e10680a63bbafa2af560e0b7fa235abd4205f4bd3101b99c53c78237d3a6bf8eaad531d2bcd7a6129e7da5b7392e5a907d2cfee2d1daa7', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-ABSENCE","code":"C55B-5W6C-ACH","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (13, 7, 'sms', X'4ba68b5656b987ef2eb312b057078125e49daf7551f9818f52cc660c37c0b0630272d39b0299745e942f428a4dabd6f10f77cc85', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"TY6E-RBCN-X21"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (14, 7, 'sms', X'3cf84c2642b2c6a13ed99bd1332948f3ff1811e1d780626fabda30ae72938887a0b233f622a9ab084f8f5b9191359886e7ab6727', 'mos', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"TY6E-RBCN-X21","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (15, 7, 'email', X'26bb9600c175e4118451ac5834c75e6a57db88db92575659c46f365a8d79111515928e41a24913468d45e41a070dbe982e0dbe47b15114109caef34760d51fe127adee83fd9490323bb888433c', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"TY6E-RBCN-X21","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (16, 7, 'sms', X'c85ea3b6eb18976de518ae29df37b5bf75b6c8e17679178b7bdae28f85ed1c93a5b6cefcd2696741cd77883da9fcc1cdeebd9b74', 'mos', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"TY6E-RBCN-X21","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (17, 8, 'sms', X'0d8ebbd600dcd00bf7dbc29b4110d39dc6dc85d0ab2adef4d78dbcfcb9e793c976092209752c512d0106f155208fe583bcb61f12', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"0S57-2CMW-E13"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (18, 8, 'sms', X'fe15ac6d25a0dd367f577d0d4b69731f4f8b7a20ad25959804977c750bb32a0deba6c85dd956eeed1e7b71a92b37e36fc3fc6711', 'dyu', 'rejected', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-EXAMS","code":"0S57-2CMW-E13","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (19, 9, 'sms', X'63a1f8e3b732f5c114025c11e52f9c73d903217ad4259bb304d31610292da62982da00c62ff4a941ea742c74f140fb1d00f18902', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"V8NC-0XHF-4JN"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (20, 11, 'sms', X'908892bf7b44051e2f70fb155d784d36e60477d56a257c9943cac958cd292c79a45542af4ac8848201b44a90b35635dc03b2e77c', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"AQN7-B46K-Y30"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (21, 11, 'sms', X'20ac9004507bc7d1deb8bbdb36ca224cffe952ebb41d3036c14b8f22fef463fd5a1cc8379363598876f115b5fdf6b1b77c87933b', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"AQN7-B46K-Y30","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (22, 12, 'sms', X'f8db67d321463f1c3204eb901ebbb5bd67f9b198c1d9cae484097f40c86f6d773e757be565c26c36531348d44513b275882804e5', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"5NMK-7NRS-0FT"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (23, 12, 'sms', X'31b9c1e3b90695be7591ac61018ba39b40489b2e981377abae661c146d348d6e75bfac1c7222e437db076c3253df3771e4392548', 'mos', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"5NMK-7NRS-0FT","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (24, 12, 'email', X'81777842cb2a4204878d195c094fb76d467d49a5e3ea6d3bb54e36a1af146bc42506002532f1696c0d3798a71405a3b6cc2e4ae8769cc72d617dfdf600a87326c2825722c69ebfe3a4e68c', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"5NMK-7NRS-0FT","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (25, 13, 'sms', X'18634a523709d4ea0b8c00b128942885a9e8817dc0f93f7baded0cabd280094f68c46dd3c008a3ce834a00128f3e241310f5409e', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"XMN6-SD00-3BD"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (26, 13, 'sms', X'cf206a5554a46e0a3ef885e8b338e5d6567679cb7592ab939bd7b4e471849a653220eadf3efa89957373e2603d5d5dbcab9fdc0d', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"XMN6-SD00-3BD","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (27, 13, 'email', X'5b058366116a573113ebedfd4683826e2bddf19d983c0c22faf7cd308e92b4c13ae368f861016e630307cebb1352f66b1855ec5442636c51c5609e92fc682283e3c18c00e4af621566392a', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"XMN6-SD00-3BD","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (28, 14, 'email', X'c1f7b76956ba90e6f4abb52d86a9db2d163fafebb0541c4a3778af36f0147a8d2eaf6aa648ef055f7c91de18957e90c3061f9d7094264ef846daf9df881743844618c73a5093ae50979386', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-STOCKOUT","code":"4PJV-8BPM-KB0","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (29, 15, 'sms', X'4726971a4fde343361c0bd641ca7959cee58b5dc2d1808be8e62ba9aba39c71add89ffbe21f3ccbcf54262a2c515876b31e7baab', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"JNQ3-3DQS-W8K"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (30, 15, 'sms', X'b0c3a27940f8a27b4f4b1d5bfe84a8026458f9bc5ab3527a8cbf701067dffd0d63b50fec494ff34d9c80d6497a6b8b48658f9862', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"JNQ3-3DQS-W8K","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (31, 15, 'email', X'd6aab96134a3733d2bb4399952374bd7aa889607fd9c936f5350619e698e3d0998c23f9b25a6015a75fb3434f49b9f71fa431981277507ee559e7967a5042d602b9eb2a4a6c805359796a9', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"JNQ3-3DQS-W8K","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (32, 15, 'sms', X'a509a3918fb867f21963a9bdd23cb8319ce5646a512f5aaf51c92e96a9f1161db433918718ee1c965477b53ef141e96bd509b1c8', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"JNQ3-3DQS-W8K","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (33, 16, 'sms', X'ef8d462dbd0696d6de31b5bd4b0f9f552a64768513cfd23ba87c9e6647f7c80c2ca0f1ef3e06f970563ee5bd8271475037cfb1a4', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"2Q53-KMD9-A3S"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (34, 16, 'sms', X'bd5fca4638aeacde862b0863ff709117b3e15790ffd303e80004f26d96c40fe539229870cc72e95c41ea06a4ed2589a3bd06466d', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"2Q53-KMD9-A3S","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (35, 16, 'email', X'98e4dec0b31351f3466bfbc0bb59cce45b129a69f893d62d5b1560671687b62bdb7466f63efc19ec6de264189a721dfe55fe6adfb3c93307b5f707404dc64ae9b2db8957ca8abbc8be', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"2Q53-KMD9-A3S","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (36, 16, 'sms', X'bb2d0ced642d0a4d0310d5076efdd242fea32318c0abcef3c08e1ba2d48e817ca960ad502f8097e47fa7c218a727462da1e67550', 'fr', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"2Q53-KMD9-A3S","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (37, 17, 'sms', X'610facdc2c8761a56f760484f8937290368a0ce6555ec0747e05d34a1cc18d1bff6ce4d59cd6cb612a9aabafb6e73fc7a2b97960', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"0ET5-0J9D-2WX"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (38, 17, 'sms', X'4ab149128a56f1f777f5d55605038e43eca48caeccd487e0cae426e65271fc88f3f26c1abe34778774b1b8102059e200d376e0af', 'mos', 'rejected', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"0ET5-0J9D-2WX","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (39, 19, 'sms', X'60992d64d59e862d54e327fe4aaaaf45855d12c7085a0313fdecd6bff014f69b9155f9dcb25f88b29c129d9f8f79895655578631', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"8W97-343M-8FB"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (40, 20, 'sms', X'c15cee6734ed4ea548f0aed6dd700b559eaafd3cae204d0d02a452a1a2ec80bb78d248751797133da7b0ebe7c5395509425d4835', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"Y42D-Q2BV-G73"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (41, 20, 'sms', X'4eeaf3fcc40ed779aa4a596b7d092d324881a0ef79c03351ad4095ac568017c649736f0957c9404edcce303763361bdff321adce', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-EXAMS","code":"Y42D-Q2BV-G73","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (42, 21, 'sms', X'27b49600af429650ec2b4e64dc8e9802fe3902b3837488d953b25bb9bd5712688da81b3b02d9e20d8015db86eebd2a5347b38139', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"58HV-4RMF-BBV"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (43, 21, 'sms', X'f5b4a73febd99c4a15daa5914a61ddf9bf11fdde2afa5cdfdbbcd64e1299e3805ea688d4f9f4086e444adaa2e6abc6b6b6f6e6a6', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-CAREER","code":"58HV-4RMF-BBV","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (44, 21, 'email', X'67e913c0c10575e10bc92dc4cbdd5d6ca8655ee6ae9c43b00b212e901235867bf7c3f389458d42f2e74db3183ccccef90d921dd9f581d0027f4d2d1a055a4cb9caed9dbc0baf', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-CAREER","code":"58HV-4RMF-BBV","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (45, 22, 'email', X'd021c991a5d03927974ee46554fed68122cca9d05bbdb7daf9c66fb1d878847fa91d5a87795f05c0b699a119f5435993d1d74fa1f17c3ea2b6bab1da7c23f09148f3f2622615', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-DOCS","code":"JHK7-VMSA-JJ2","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (46, 23, 'sms', X'86a6090d28eedba3ac0d4467a522336fccd1555d448ea580b5fff14e22b8efa91584227481810df01bb3a1caa711bc50f6022cf6', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"56FB-SYA0-CJS"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (47, 23, 'sms', X'efc972669442070d99ecf0433a2799ded9667b3df9bdd49b612df0b058e8bc2ca868fdd89f5dd141993c25b4bac62a0ee3c88932', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"56FB-SYA0-CJS","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (48, 23, 'email', X'6a0c2e3d8adc7c9a6e323b4e08fca54d7390614d812309944e5a36092dd7184be67ec8f32a333819686cbc2ba0e50fbcde8cd46e997878b413fbfbf153fe8b086516f4378d7476692b3be2', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"56FB-SYA0-CJS","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (49, 23, 'sms', X'd81907f48d61e77e9b4bdc0408fa1de9d387c03b7d5323bd05463d83926892fafff5812dcee2c77941255d1e980c828090a033c2', 'dyu', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"56FB-SYA0-CJS","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (50, 24, 'sms', X'40f8cd6fde88a1dec3ebb0afa077229d4abbb3d47db51036769ddf75ebbcbe176e49c8c73fb8e9b300f0aa2403208451d3433913', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"P26E-1QTQ-JHP"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (51, 24, 'sms', X'481095cd6f00be955aad44ead2b40bca4416a0015b8038baf68c26f61a0c34ebd67c3a690c2ae80afdbc24c3ccab12804fd7597c', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"P26E-1QTQ-JHP","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (52, 24, 'email', X'43f2db9c6a257859ec421c23f55d4baabc6fa06c8ad01d50c2c24df3bd894240404c42e2c04779b7644c72f9bfba79edcc9e9f695fd3a55a2472e290950cafb2dfc0399bdeab3ec209dd19', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"P26E-1QTQ-JHP","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (53, 24, 'sms', X'01f25901c073426067d72edf3b5ef503861e53a25cecc8ca231a8fd8fe5db269ab24fa38f40db7a2acce247f2861d11d8e3e5d70', 'fr', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"P26E-1QTQ-JHP","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (54, 25, 'sms', X'981ddb513b7c05a0381364440e1eb4dc49015737e0e16e52fbbfe5cefd8619bea8d0739c84175259c0286bd88edb2eeb6d5d3700', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"Z4CY-FWPS-Z8G"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (55, 25, 'sms', X'1bb32f2e38f0dfbdbb79b38c0421a668e60afb3e1fc9a11d5790222a2f60dd72c57f6de44d71752fad81adc898cf0c484909f674', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"Z4CY-FWPS-Z8G","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (56, 25, 'email', X'0e7db85e8d9726a6bd241b757e1f7e08b2a34ba0fe8a182aa1ed8e6627d372da1418a984393746d605516b532368d79af2a886283a1523971ed718d34fdb8dc80bd7dd6de8f3fe2d5bbd4d', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"Z4CY-FWPS-Z8G","message":"","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (57, 25, 'sms', X'93b474a76901bab3828fae26144b926ce220d0c7009057657db40bafd704bd0084d9f26631e2442fd86beb55fb0142fb0de42b2a', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"Z4CY-FWPS-Z8G","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (58, 27, 'sms', X'f4c17ee5d1296b14f2886e80eb4b162074f1b43808f3bd6c5aac011d884d2d697551d00d36544eeee2078fd78e2fd72c01bf21bb', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"MJN2-5TMA-NWY"}', 'pending', 0, '2026-11-29T22:19:40.119147Z', NULL, NULL, NULL, '2026-11-29T22:19:40.119147Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (59, 28, 'sms', X'edca1718aa0fc85b399ca62787157015728aaa07197a1cee1fcbf91260082aa90b0993ed07fa147895a41d17a252dea1da17a06a', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"JA9T-9NHF-9SX"}', 'pending', 0, '2026-11-29T22:19:40.920548Z', NULL, NULL, NULL, '2026-11-29T22:19:40.920548Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (60, 29, 'email', X'314b341f2eb717844878cb6ec8775873ef45e680a428c3a2ec3d8713d083aec5d6a9d05228aaa03714b1d8ba1806c1adfb3d1a60c5d9b3', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"19DF-0CWM-SVN"}', 'pending', 0, '2026-11-29T22:19:40.95196Z', NULL, NULL, NULL, '2026-11-29T22:19:40.95196Z', NULL);
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
INSERT INTO "routing_rules" ("id", "category_code", "department_code", "region_code", "province_code", "commune_code", "unit_code", "created_at") VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-11-29T22:19:40.996242Z');
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('e8f7d3ad7b3415c49614ec49e28a4a8732f712afd6a1686472c380a6ef712c83', 5, '2026-11-29T22:19:41.767575Z', '2026-11-30T10:19:41.767575Z');
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('96076040b132461d65188861b45cd4bbd03ebc9eba18664c43a8f407569257b5', 1, '2026-11-29T22:19:42.497311Z', '2026-11-30T10:19:42.497311Z');
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
INSERT INTO "guide_versions" ("id", "category_code", "version", "procedure", "templates", "created_by", "created_at") VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-11-29T22:19:42.541862Z');
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
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"email":"admin@demo.redress.bf","id":1,"name":"Aminata Kaboré","role":"admin","unit":null}', '2026-11-29T22:19:40.119147Z', '756b8cede5ca5c5cf50675359304e367e0e1a010434504e75f6881607ca94fcb');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"email":"auditeur@demo.redress.bf","id":2,"name":"Jean Zongo","role":"auditor","unit":null}', '2026-11-29T22:19:40.119147Z', 'bd5fbce509605abf59ca9e08c46ec38e2041334222d3dad2b531791bf96a6f47');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"email":"accueil.sante@demo.redress.bf","id":3,"name":"Fatimata Diallo","role":"intake","unit":"SAN"}', '2026-11-29T22:19:40.119147Z', 'a81ef7fad6b0e38c88c1736ae432df017a17733f74e495e44e8651c78704272a');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"email":"superviseur.sante@demo.redress.bf","id":4,"name":"Dr Salif Ouédraogo","role":"supervisor","unit":"SAN"}', '2026-11-29T22:19:40.119147Z', 'c8137c2ecacbefa1f09fecccdead6f9a12cc3b6bda2a75071fb9bb2f6a81eca7');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"email":"agent.sante.kadiogo@demo.redress.bf","id":5,"name":"Mariam Sawadogo","role":"officer","unit":"SAN-BF13"}', '2026-11-29T22:19:40.119147Z', 'e5d480c9a6f5d2c41ff45d5f4cdf6ce6da8bbe57ae04fad943e6a9b84211ec3e');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"email":"agent.sante.guiriko@demo.redress.bf","id":6,"name":"Issouf Traoré","role":"officer","unit":"SAN-BF53"}', '2026-11-29T22:19:40.119147Z', 'e172b48d3c4b749b5fefc5624e90dcb5bf6066f710314b2a8eb725f6120b21dd');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"email":"superviseur.education@demo.redress.bf","id":7,"name":"Paul Compaoré","role":"supervisor","unit":"EDU"}', '2026-11-29T22:19:40.119147Z', '0d5d309e706165ce16ab0866eddf1bab495a67559d5fb938a277459c2ad18ee5');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"email":"agent.education.kadiogo@demo.redress.bf","id":8,"name":"Awa Nikiéma","role":"officer","unit":"EDU-BF13"}', '2026-11-29T22:19:40.119147Z', '4b92894bab4a5d9bfe9cb76979a51f8f98330fa306f6e9dead815fea97eeaa5e');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"email":"superviseur.fp@demo.redress.bf","id":9,"name":"Rasmané Ilboudo","role":"supervisor","unit":"FP"}', '2026-11-29T22:19:40.119147Z', '0c2c5431364e39bb2961c5a1a2cecee504ec764ec0058381f37d0f35fda0a1fc');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"email":"superviseur.justice@demo.redress.bf","id":10,"name":"Clémentine Somé","role":"supervisor","unit":"JUS"}', '2026-11-29T22:19:40.119147Z', '9451c3050c3b241e44d0fa40845251e0dd35bb4f9ba454c3951604b9d1f4e259');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"email":"orientation@demo.redress.bf","id":11,"name":"Boukary Ouattara","role":"intake","unit":"GEN"}', '2026-11-29T22:19:40.119147Z', 'b1f5ac3df3b5e38538b29f70ddc45d04c0436c45fc12cf1099a59936f157d2ec');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (12, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"category_code":"SAN-FEES","commune_code":"BF130004","department_code":null,"id":1,"province_code":null,"region_code":null,"unit_code":"SAN-BF13"}', '2026-11-29T22:19:40.996242Z', '84110d46e9f2ed82377a4235ed4f935a2004fc3983d5516bcd8db50d1cee59d3');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (13, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en":"Test holiday","name_fr":"Jour férié de test"}', '2026-11-29T22:19:41.023382Z', 'd26c918768952a3a97e106c43ccd0d4f8deebbf22e80b9b40d6641eacc14ed41');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (14, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"department":"SAN","level":"facility","name_en":"Sector 30 medical centre","name_fr":"CMA du secteur 30","parent":"SAN-BF13","region":"BF13"}', '2026-11-29T22:19:41.047293Z', 'fc1e8f3f966ecaa521cab540b3e62bff611c085b6fd349247e031119cd32343b');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (15, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure":"Vérifier le reçu; appeler le responsable du centre.","templates":{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-11-29T22:19:42.541862Z', '7551c8edb69b54ffd9bb20aef0568ea9c21492010713f5dca78712b330a87685');
CREATE TABLE admin_audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "admin_audit_head" ("id", "seq", "hash") VALUES (1, 15, '7551c8edb69b54ffd9bb20aef0568ea9c21492010713f5dca78712b330a87685');
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
INSERT INTO "phone_senders" ("sender_key", "language", "stopped", "pending_code", "pending_step", "pending_department", "pending_until", "updated_at") VALUES ('34d2ef31a0598bdab66bd72f5c188bd9af9fb4e309be734f85356eda8c71ba3f', NULL, 0, 'QCZEJJGZ8CG', 'department', NULL, '2026-11-29T22:29:42.559515Z', '2026-11-29T22:19:42.559515Z');
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
INSERT INTO "inbound_messages" ("id", "channel", "gateway_id", "sender_key", "received_at", "limited", "reply") VALUES (1, 'sms', 'fixture-v16', '34d2ef31a0598bdab66bd72f5c188bd9af9fb4e309be734f85356eda8c71ba3f', '2026-11-29T22:19:42.559515Z', 0, X'bb0bcdede3da14fffaa2315576a7cfb8e569012094198eb6f6777d332f8dc8ec58767d60e5273b20376cfa4797359a2138721ca4ea5d3872537a4cfaf25f6e840f079ce9d936a9eac6bedeea61fff3be25f69b7cbaf8a523f11be4a40158e39268c4bc45449014028520992638fb97fe3bd6925225381edd2c603963964004b05d835c9fd95b97806a84cafdfca0d6201004221a2ce57558e1c0569b4534440861bf8127f7a034294cb0af317477ea7fd20309dd7485c8ccd40e36c78e2b4bfaeed4');
CREATE TABLE ussd_sessions (
    session_id TEXT PRIMARY KEY,
    sender_key TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "ussd_sessions" ("session_id", "sender_key", "state", "updated_at") VALUES ('fixture-v16', '247db3921a2f5103cd191b260959e88cdec79289e10f0944ffcf888e69ca2626', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-11-29T22:19:42.584815Z');
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
COMMIT;
