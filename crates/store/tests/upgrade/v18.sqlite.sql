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
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (1, 'core', '2026-11-29 22:30:08', 1, X'858bb75567cb93a3a6121b9fbf705b9a2ff571a22e92e783d718f7e7bbe40e1fe953fdf710a6073233387d3bcf89842b', 13521373);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (2, 'intake', '2026-11-29 22:30:08', 1, X'00bd74f23a8a05d45ac2a2af1b245d1dd3e3701e917002c8641529f2af44e1bde5320e1374708abd6f1bcf0124b77d58', 1563815);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (3, 'notifications', '2026-11-29 22:30:08', 1, X'ac9825ccecab90acb3efefe4f3d758a99512214b53c0f282d852d669d1bc9278ac4e07c18be14508c59c0a34550f0f4e', 7955330);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (4, 'escalation routing', '2026-11-29 22:30:08', 1, X'75c6e920fafe3a4250f97a931ef9d643e0c18fc7be501a122a5559aa3fbada0d0ce7ea6017e3534057cee8a6e6a7ca44', 1715661);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (5, 'staff sessions', '2026-11-29 22:30:08', 1, X'90a0392224d1c5285e1d998a6370de47f4b21b92e6552f02816edc4a99116f0c75c8e0f8ab5cafe2f6e5939141f71069', 2164305);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (6, 'response guide', '2026-11-29 22:30:08', 1, X'53c589d695a7a1d20e53e304fda52c0d6aca42b1c13690854045c382ca615ca8c439dfb7a4a9c1302c2415f15ac8e349', 741529);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (7, 'search', '2026-11-29 22:30:08', 1, X'2bdb6635a4b4147919e9554823a764e2252db043ab4f9b714bd1fc2bce76ec4d5b405bacaf1215f6a402a48b4fd2f0b2', 1169162);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (8, 'unit queue index', '2026-11-29 22:30:08', 1, X'e030c0bd32182999b39285514c0626e6d58b2eff20f16717ec1694f0f42b78d4e92d980a6c88da2d55a33766a014705a', 750421);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (9, 'duplicates', '2026-11-29 22:30:08', 1, X'0ec041c41ad227009e39a359b8277d35d6f72266f6772ec62b25c796298c0a99bc35f9ec4e27937e9432f8b30f4e1fba', 1373374);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (10, 'admin audit', '2026-11-29 22:30:08', 1, X'a19cb4607c6e63f7834392124daaff31ed4471236af2e23dc27d804ff0cd49b6e3ce7ddb690418c6d56d5e2558a1234e', 1029134);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (11, 'queue filter indexes', '2026-11-29 22:30:08', 1, X'a20b69e6faf96302118be6c44fabc3233ec2eca9f1c405d4d9d4f11c57e4423ed6c97296d32c54b3c45473888233bd57', 1167809);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (12, 'totp', '2026-11-29 22:30:08', 1, X'088c13e4e755a7cb5e792df664eba65d47bd6494921b3e209ee7b256577f4d1ace0aa730c417bb2591031bf85f20dd83', 2314758);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (13, 'phone channels', '2026-11-29 22:30:08', 1, X'b173388c88b304fec87e66c7430862c7b2e7de66972bab130dfd180ce7b7f2b9761167d5be1f86be550ce324c6ecad36', 2762580);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (14, 'open311', '2026-11-29 22:30:08', 1, X'b19d31733831fd8741848db8063b8d4e66fa092d3f3dc1c707cdb409aac47f11f47e3c05ea8e2a8ed13ccf905fa774b7', 2193868);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (15, 'stats', '2026-11-29 22:30:08', 1, X'd5d8345d8d5d629a41825bcf6093c6dc83a38a154789b70d93d440ba4c33b0d0e107d82e907bf8bc00f100d829c60e5c', 2344702);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (16, 'stats rollup', '2026-11-29 22:30:08', 1, X'746c58b6b39dc1e14acd3e675852c87a76b70d3eb0c590cde6a7f4a94defdeb6f6c3fb9799764c4f642de16204b05e95', 1467282);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (17, 'attachment blobs', '2026-11-29 22:30:08', 1, X'1b22c664067f27889a31bb2e6f1d0b81b07d5d03c9f70d426466457826c478c9e1a2b831bf224a68b4aaa72900459f15', 1317941);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (18, 'retention', '2026-11-29 22:30:08', 1, X'2b07f4061a0e9918b27ef0c853ffbf220c6f0997db5838668facf5d127d0d4f38a6addd8f464b31c0e755db551f81564', 2471821);
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
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (10, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (11, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$vPzPSu3C9gQnkp+uy6C92A$4SH1w10hoZwNRMvJJcK0EFnJOPClQMGx/SMJruM9Gu0', 0, '2026-11-29T22:30:09.250691Z', 0, NULL, NULL, NULL);
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
INSERT INTO "api_tokens" ("token_hash", "user_id", "created_at") VALUES ('b24e7ceb431711b808adda7e83f71fff69b9d4201db90d856fb456fb7f6b1e42', 1, '2026-11-29T22:30:09.819133Z');
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
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (1, '4GW5YX5WCM9', '93cec72b6b781151d856bbcf183e5968be3e27ef41a7ac1e20bc66b1e258b5b2', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'e6f3e3f2b800288aac3502c556b026fa7ddf12e925096104d22ff5073f2c98a9764702d31e24e7c55a37fc6cb9b1ed1027834ee2619b119f99d3afa203b3dfa9', 'received', NULL, 0, 0, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (2, 'FMKQ0DBKP12', 'dd465f07b03916eb1051edfac1ea1804c1da222afa6fdcbc19fec6d98555712a', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'accepted', NULL, 0, 1, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (3, 'CN2CGWDFQKX', '6fcacd8563a4975121a59d970315778a6f75bc7c795268c6e7c482c8bbbe5afc', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'0cb1c3e38929c9701104b0e2ba265bb8fc30b99946b3865712e094f98f024bacf35d0faf61a9b2be50a9e5738837d53bda2db3b2fa330702d7b664e1c60c5c38', 'assigned', 5, 0, 2, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (4, '0HQ3TW46NXD', 'a89ace4b4e706156b927c0c186bd5faa1e6e56be5ea4f5c5cfda4bef9dfa475e', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'bb9cc84e929bae98891dc51fcd0848976010b31e9df49f7f8a4bb8cfdc30cd453f65421725b72eee92e98b62af52132b8cbec8fe1e5eaf53fc9a60b8e41b4b37', 'in_progress', 4, 0, 3, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (5, 'AQ68QJYY759', '17b8970b7ecd6a57e58aca3064582ce2ee002aa8f8ab58bec7c74a105ff06954', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'7c27983e9438f0e5147c9f316aa271c1904efecba4f309e09904f724cabb673b91cd6270d8684c37cd9d169d7e8e2a398c16ddc1237462ca707769f201c7a480', 'answered', 8, 0, 4, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (6, 'HJR217KK63S', 'd27dfcadd096dd629fa3ba48b85b8a7a465d549237efdd2396357aac51aadf3d', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'appealed', 7, 0, 5, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (7, 'SM6ZSTKTPST', '258ca0864ded7d9c1d2d40310fb57d9be9ebf25a88383c70b673e5239a04c793', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'692602e664d0ce03e8d5babf30a35392a271c0c8305d57281bbd25c02309bfaf78150a5554dd1007e5d17748df0938c48425b3c8f150aeaa29f7f09ede8c6eff', 'closed', 7, 0, 5, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (8, 'SGXBW99QWR0', '6f7bec7d6be18fc5046bb381d5c3231f58e6905e588c4d5551a1703ff3ec52ae', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'f591ea1b7c27893750817816510411ae8f1b6619e83c0b6e6b5f29bb0a52b43726ed0befdd7d0435b145c80ffb408ba4d14605ccb186aafe0f68ef4e287c87c4', 'rejected', NULL, 0, 1, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (9, 'HY34V09NWYZ', 'b730ca71d498c342250cdf92d585fba0e1803053fb243b50f32831e33464aa37', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'c9aa4fa722ca20a68a70167a4dc4eb7b1fa76835268eb3ea03259bbee64b8fc9978df7af3c55731ffb4d3a7cd7002a3b47efd8bbc57c09d82bcdccea99794017', 'withdrawn', NULL, 0, 1, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (10, 'DA2GVV82REA', '6d07b967c53f550304efe6e7b03e2b810e7f1b1912d44f157ccddf6e9e3fc3e7', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'received', NULL, 0, 0, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (11, 'XQB4PEA6X1T', '7bd9aba3612a516b778910fd34308a1bbac53f2bec559dc744cf0957eca04bde', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'280bc009792860bf63309efdfbe82556f35d67f14df6498c4bae7c86ade51aa5c9e09e6f306acbec84b5e63463b46493e42120aa0217a0311a94e2e766b010c9', 'accepted', NULL, 0, 1, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (12, 'RKNPNE1VCG9', '20a18a6d0f2767121137d4d79b07f4e30e81d15ae5946dfa1adb735f7c04821f', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'ac12628150a2c418196f101ac45998586b9ae1a46e08c092294c4423eeba5ea755f97be9f1054c26996ebb69822664aba9b30fd9abc9521ced9ea10ebd93773b', 'assigned', 10, 0, 2, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (13, 'RR51Y5W5YJZ', '8e0e0efa24b0738ffc9bedcecfecafd88f7df986554f2e879dea85c52d747365', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'21abe7434e43446d2f0197a26a6971af778b22b389999811aadf092379acdabd0e817cd0c1f19af5a5bc331dfad997af87cfbac5fc2d1a26b0aacc40a9dfb140', 'in_progress', 5, 0, 3, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (14, 'ZTC22JAGZN0', '308f55d71e4394e07a7966b082330ec3ec7ab2954aa42291058445bf2641231a', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'answered', 6, 0, 4, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (15, 'XR8PK3J7NAV', '40a0c294e38cde1188d138b0f00fb1c67461f41fb85a94ad3ef4fe9018b06323', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'6b811f7e41e8f9c47f05fbe1b091777e4afe5a5627201a587cb0af62203ed7164e45560bed32866eb9ba283822fd66d86e07941d34c90bf8a2dcc102242010ce', 'appealed', 5, 0, 5, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (16, '841CARFFPXY', 'c1debc98c6c0afa2556960038ff0ffb216949f79371f9cb712b074e313ac93c0', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'a122e396568a648dbc8c17b2424b072b95ec588da75174cc6b9bbcf7139aaba1c722b422757c6efd164cac01767b8ac81d45028884362b7531c6059370689a44', 'closed', 4, 0, 5, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (17, '1MB4KCV6V0P', '76ba05e4fbc72cefc7c024b01aec3cf458877db8532cad6761c1b1f60c8a64d5', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'a3e4cbacf1fb89af8448c448eedb4636c773198e868443c536a7f1ad44f1534f540afed41dcfa5c61489ad86a04b9ede30b24234beed12bb058c18e57a7b0ce5', 'rejected', NULL, 0, 1, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (18, 'RW3MDB6ND7M', '5219d7d29515c62fd0a08095f95fb1aab268f12383e061ae22158ce809f48cbf', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'withdrawn', NULL, 0, 1, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (19, 'TTFJ68G2SNF', 'af22364d0ae768f01466f9d28f8136871e24f929492d3023380aa3f2eadb53fa', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'a60987a27e5de66bab58b043b1f02c145dbf182a31585e5659779a747bb25a50d4154a81010456eced41c4825cb1ce479c2bdcf83868c809b40bc1e927f97cfa', 'received', NULL, 0, 0, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (20, 'Q82FBZKW8MJ', '7d615f2dd6d803bbea75f4c358056047c5a565a8ed47dc06b3f6b9dca2d5d1a6', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'5a42e2a1ba90107cb1357faa2dd0fca542c188783da61a3c1782ba74570de21dd8e1e0a131ec10b998027bc03e222049077542d22ba319ece11acc5581aeb1e1', 'accepted', NULL, 0, 1, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (21, 'WM18MKWZESK', 'a2ac14f5657897459b7c51264ec8559dd1aea7bb347ec62153467dc0e9911c04', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'fc989f49defc30befff304d417e6f9fee5ed854ea9fa2e22c646bf2a3b98e6a30ab4ff3e99e6d684495e921e22441d6a68fbf8686bc9190552fcb2853611f60f', 'assigned', 9, 0, 2, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (22, 'M64SR6SARJV', '414d12a67273c4d9718abb6886577cd3f40b44e54e96bb28d672e2e4846308da', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'in_progress', 9, 0, 3, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (23, 'TZ9KVW6F4RA', '2fe987ff0a19e745b2c5331bb4498b8481451ee5fedf9141ef7909cf86772495', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'b93ca18167915735e21001082e97e2b1c50b07af7d680114c797e797d8843fe0e3517ecc928ab8842318fa3cc4027cdcf023e19373c38eed92532ec0d400e95f', 'answered', 10, 0, 4, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (24, 'MFB01T16QNY', 'f198a42acaf89aebac58fd0ab01010da0fb67ba25e036a074fdcf5ffb5bc2180', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'13865644f19c3cb05dac8cef00ea1eefc748d03b875746b21d0aa06ffd344db78c39b75913c44cb72f62ac0c5f2a03efaf50138ed2e0b00f038c8e07fa9ddd44', 'appealed', 10, 0, 5, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (25, 'MJ2FKGN14FT', '52b59c42e1db88cd3a0599f15c551d1ef61b9dc0fefc63b176709925c9b8cb63', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'e9d648611fdcdf2bf04e643721540bb95194287732344f1c2ebf005d46fd1ef8eb7834ed3c81632f602462ddcc9da6e02ce4fb33708fe39337a854c2e17c9cf0', 'closed', 5, 0, 5, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (26, 'W8F4BBQG7A9', 'c0d9b22663de578e5fb92501402350e514e08e7e412539f16bfa13bc3bee2626', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'rejected', NULL, 0, 1, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', '2026-11-29T22:30:09.250691Z', NULL, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (27, 'YH4EFHXVD1A', 'eed9c3430b25caee9e088242531093075309374fc5de713242079b65e5b04d66', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'45a4c1832026ca7fc1080c4c9fc730dab3946ca7d07d76206a27f3b2401af090b2321ac73b4912f4b81368d615c53b9e8dd8516ffbf5e8c093f90cf80bb065ae', 'withdrawn', NULL, 0, 1, '2026-11-29T22:30:09.250691Z', '2026-11-29T22:30:09.250691Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (28, 'ETJ8YAF03WY', 'd9cce0de246c506a8e39bc8660695be11d00f1b1c2b02f73314f06b69446f10a', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', 0, X'10e2c842a81bb0bb77c4b9988013ebe2c5331eaf4f7641e5ef32640df06269fec1c4c8911e33bcf9479949ef14321f2625d079b2d6d78fc834283e515d1fc8904a63cc516a2fdd56bf2422fe8076ecbba136fe1dc59a3536', 'received', NULL, 0, 0, '2026-11-29T22:30:10.455998Z', '2026-11-29T22:30:10.455998Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (29, 'Y4Q82MK815T', '29e877b51faa58c1e373f181f5f0fb0e49c40f40db61faa7cb17c4c04980c790', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', 0, X'0b605bb73e3ec3ff289d0d49030aa4b11fe2a30d5487ae68caa539602f4a266822a211c425b4c41898ce73d7234492a745494ba175a7a4fb7d7e685ca8091990980d608e959145a87d88b9844e8ad197f31b58d76b4deefaad', 'received', NULL, 0, 1, '2026-11-29T22:30:10.481473Z', '2026-11-29T22:30:10.506394Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (30, 'CJSS1F7GVBB', 'e5069860a47971000b2356b8567782f3bab50e137c8af03c805ee72bd7787cdc', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', 0, X'36c1e4cb740df9afb717e8aaab559e85e3eb13b64355e05defbb6d709bf5b2688e60f2f2043eab7efda6efa98739045629e7d1086ab87e1082b11f23c51db3ec', 'received', NULL, 0, 0, '2026-11-29T22:30:12.359669Z', '2026-11-29T22:30:12.359669Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, 'c5e3661eaee7a7744886e73cf173ffb6f4d89efaa7e371f310c5c4c9d9d395d7', NULL, NULL);
CREATE TABLE complaint_events (
    seq INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (1, 1, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:30:09.250691Z', '835a679f4bf00eb3ecb44ac9a2b76ec6b0f8111e31bcaf0df2e2af25aff53ea4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (2, 2, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:30:09.250691Z', 'fe1cfde2105cd318cf117be1cac764a15e9cc89061813c5ea98260c28c1db4f9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', '8f8d58e9bed0e8545725fb82fc2b6bc742f604197e13712a75e9a04b9f2702f8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (4, 3, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:30:09.250691Z', 'd1f71d6386dd809c064f9afd3f46875ffe2bb320799f261aaf5db98bbe85bd4e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'f78057cbffd060e278a106f5e2564acf09aad545a08fcf2a0d8b57d6d13d713d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (6, 3, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', '87f8f68f042a87212efab2437649ac750ac002b9539ecd611ff12c7881548f75');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (7, 4, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"denunciation","unit":"SAN-BF49"}', '2026-11-29T22:30:09.250691Z', 'fe7f0490a36441c63c81a6e00bc953849e94e93ea8e18473dbf6b453dfcefa60');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'a2a21a6fd8d68977596cfb2f84359c63853dca092131fb90257e8d06feefe6cb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (9, 4, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', '314336707e7730ad2284a29f1628b2d8b1599e13ae0f139daee5273871e03974');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', '8066d940daacfe594a1655aa3e0af009b6a3f2def035ca7e1efe8f32c7ce9694');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (11, 5, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:30:09.250691Z', '79bf7aed200a7ecff2bf7dfe3fb970e8653ea8dad95d7b7f2318751d931c315a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'e4fe7c2b7b79cc7eaae2d8e80dae7a9a59e5cc852f8d9cb10fce7cac1ac336e5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (13, 5, 'staff:1', 'assign', '{"assignee":"agent.education.kadiogo@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', 'f92b7a5dee615ee6cfcb21d4872b1b8ca81e1dd8213ee701fd5376824ddc1fd7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', 'a23c95251d1cf669df39a2d282e4651270b89dbedfb7340ec1eb7f64cfee2137');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (15, 5, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:30:09.250691Z', '8b9acbadef46adba716a6e0a2113523cd2a5f6db0e666c021f0b3a60af481efa');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (16, 6, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"complaint","unit":"EDU-BF50"}', '2026-11-29T22:30:09.250691Z', '2e71c8453aebcade661964ed3c57346898f2be922c9e4354f9b11f7f165cda86');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', '8b506b042c7ac4ebc21e1e7956156d5d66987c6ed53237b9dc2e8d90ef9092b4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (18, 6, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', '0a961985f768b40921bde74b1fe02ecae911419bdeaff61af4ccba379280af6e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', '967fa75ebe329e3d7813aec76a61e72dd0cb7991993db47e1e6ee65501a07f76');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (20, 6, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:30:09.250691Z', 'd2e224e258afea200ccaba9c5282c303f70f67c87d62f12b4a9b49b1fce31e1d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (21, 6, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:30:09.250691Z', '1f2c6f8772101d7eee27ad96d980fde5365163f75fbef7a3cabd147a2ae5f955');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (22, 7, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:30:09.250691Z', '0592413aabc4e9f22a3a42ed4c18bdc05c5c84941983f7a2a8d004c69372eff3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'ed12edcd87e8ab4b9a60f0d1daba5009794118d1fb771cbfb5e3ef13759f3c34');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (24, 7, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', '94c62aea38ac5b88ddb0878301e2b0fcf53d15d80c9b161bc2145067d20ad23c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', '685c6d6156f870812ddf5126fc7a18662163887593c20ce8f50fc916f2b5bd74');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (26, 7, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:30:09.250691Z', 'a68a18cab286017a3a878f4ad316fb4deae0453d6dbc8967d8432a00385c7ccd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-29T22:30:09.250691Z', 'b95b2161e553b22ada8919fa05e6f3ae8245e687429ed4a21cc0e20965cd5930');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (28, 8, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:30:09.250691Z', 'dd63cc7a5e584462c5908ef0a38f2987e28a9b0d7ec3ebb971a58fec934bd5ce');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (29, 8, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:30:09.250691Z', '5b1abe0955e6235303d321cc31ad62ea798c258c428497521793f3d4ed09639f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (30, 9, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:30:09.250691Z', 'e4a6b781eb7b67703f517288896304a089ba23d98e76616ea87a5b2f06fcef1f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (31, 9, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:30:09.250691Z', 'dbdb01a4e86e9bb4d28f34605ed14d248a9bb65b63a68d7c397bde7d395bff1d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (32, 10, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:30:09.250691Z', 'da8db9beb6acdf47fdab4942b2fcfbbdaa06dbc2a9fab4b71c220dd93ac0a08f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (33, 11, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"denunciation","unit":"JUS-BF53"}', '2026-11-29T22:30:09.250691Z', '5a0d992d0852fa5859450b8c51a571845f664e38f90112abe5ff5b62c07eaa4c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', '983e849a934e962a7ff4549d9d105be68b733ff66f2a18510e744b09e3665625');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (35, 12, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:30:09.250691Z', 'd413b49c57ee9e76f37c36e4496848e2a688f8abd4569660645700abaf9bbd0f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'cfe60d74166494cf8deba96b1f14fdda7a44429080bcc3f709548990276b3706');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (37, 12, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', '808afb00f5ea13d249d102137d9862e618ee866fea50a4f1abe3a828f8fce15c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (38, 13, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:30:09.250691Z', '044ca28f63008c604bcb836b75297fce3cef0a86a9b36e093fd3f78719b07f0d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', '112d74b9a5d67c88a03c31ff95daa91d5242cbbcce29d18faf9e71cd275dbb50');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (40, 13, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', 'a3326894e501ebcd6c6504f17c6625ab93222d93c5be5f8b034b36d5a16e933b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', 'f3b3e99a262fed7a6c5aef3e88b21ccd4dd47c40f1575388ceea413a25f04532');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (42, 14, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:30:09.250691Z', 'a126d1c81601f4c463ead611e9772a73ad089ae21e8a20b358760778079b9697');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'ec13be88468f88b6286935bb51779327c72a161f160330a9f11adc21d47e0881');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (44, 14, 'staff:1', 'assign', '{"assignee":"agent.sante.guiriko@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', '5d35707b66d109e7bfda6b940a8545311f5c158de4aecb9059435adfbde3b862');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', '0b6bd2aa49eacb991884e83c16a24a7b22fd7df615dcca355484abd6dcfe43b4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (46, 14, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:30:09.250691Z', '94dad1ca2f2a857d95b54d2e66d33b6aebcd8a8dd461e2cf2a0b8df297b005c4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (47, 15, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:30:09.250691Z', 'cf7883fb2dd0c726d4eaab1d2721bcd230d47431e83c3ff1f6cf9f36b6d4a2b4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'a7fd119e31ada515ccb49b8484b100b80fbbb0fa46d24964ae7b817290db2698');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (49, 15, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', 'd7e9ab49b17b3dcd030b76d5e7b79f0c6f940fbdf4d168f78a8dfdf1499f7893');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', 'e0e0a2bf1ae7b68e3df90e0764885c55f4d7710b100e47ee1c5dec1c9948f166');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (51, 15, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:30:09.250691Z', '4ea89e75a802e17d65f05acf1039a4a2902369b6cb58af550cb1cc68ec37b625');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (52, 15, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:30:09.250691Z', '1c19f2271b6e29b486900ddeda9397b62209acd61c82a0560e2e944430bf9969');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (53, 16, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"complaint","unit":"SAN-BF49"}', '2026-11-29T22:30:09.250691Z', '2500a29994796eec9dcbb714697b9788008bb49c3f9bbaa5a94a32be12dcef6f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'aea3d7d1c9df4f90ff98ec87f5830bddd476d7c0d01b9bc4794eae8d1634fdcf');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (55, 16, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', '795f088a4a42d2c3540177d93886a8e91ffcfcccfd3973a4c0b0d1b498b35f22');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', 'c9903785b6a61587e0fc19728b3cbf6e10a7282a18bd2ef027f77e0a8d16d631');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (57, 16, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:30:09.250691Z', '0336c1206ddb1e08cdaf82861e98e3aec37febb105943f2d7ef53132bea617fb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-29T22:30:09.250691Z', 'f39ef6d5cf09a11ff1a9a945bc97aea03a7221a0213598c15c489cee8e6dc587');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (59, 17, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:30:09.250691Z', '85c3b1c57cec9d927236b3999505759e8cf0cdd8d34bc06fe6c770b7876a59a0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (60, 17, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:30:09.250691Z', '4554f8eee3b5cdc64385cdd44f9d6c95084c809e285a5796d907f4d987459a47');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (61, 18, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"denunciation","unit":"EDU-BF50"}', '2026-11-29T22:30:09.250691Z', '3beb1793d36300ca613e5442eb1fe6c41ef809477ee4b0ca6b061743887503fb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (62, 18, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:30:09.250691Z', '981b9e28dcb0952b7161ba92f6ad520a2e94503aedfd377ddc523052345395ad');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (63, 19, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:30:09.250691Z', '1aec681ae752721af56a3a53b9e7dd3520144456905d25323b24c765a406c9e0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (64, 20, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:30:09.250691Z', '4f912f67d6603ec9876b6e2188e6da495a621e260d2c572ff58e4af245a7ebf6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', '30260b2c6570b781d71631a2953eb16d67e27189b34340e640ea21b4b6f5f627');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (66, 21, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:30:09.250691Z', 'a1edb8a91fe1e50e7a682f7104d50c963b920631c250c34e1d94aaf014d1a4f4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', '1321428eeec01927b4937528d5f639a8e554f25140eefcbdba4e51f792c6d9fd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (68, 21, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', '9b81ecd06bcf051911dbd7abbdff29582d7cbd343b378335000dcc59b4a767c1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (69, 22, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:30:09.250691Z', 'db05f322079eb3beca231facfd253560966552844398fbd84a58c78a9a3c4388');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', '17a35e95163fe1f95b63ee2848f4de7c8a365e784d1fcd0fb4c5229952afa7d0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (71, 22, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', 'ea48768e08fac9d3715169bd68e7a763a24ec7d37a616c0acd3f91d7dc6c1132');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', '98bfa44ed4a0c761ef2997a752a3c0ff63409fb7d8da36cd338340dd6fcb3bf8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (73, 23, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"complaint","unit":"JUS-BF53"}', '2026-11-29T22:30:09.250691Z', '5b91017125f557a0d10c7c1f5e623bfe1b5c04952265a5f47c67201e630c22e6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', '08b7d3ab7f91c26ff6d292f4d17b8e7242396b62ccaf04d933134236f0499125');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (75, 23, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', 'cb2af2c82f62388b01ae35ad75efae0e9cbca71ba79b6a75c3309288624765b9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', 'b37b0bffcf64bcdd2a703b96cd9e4e76e1b72228afdaed66e0cead9ab61f2a8b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (77, 23, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:30:09.250691Z', '47bb43d7ea7d865200d8740abaec395a0d8f457c1b50787e0427f5d305f12720');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (78, 24, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:30:09.250691Z', '0b6b541284d996af23c05d3cadb7eb833be76cbff2cf7eb03b79e4e0b0ef4b0b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'ab0c85039995beff071f8106de4f36f3f985c3f8e3e2c5d86125054b1165a362');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (80, 24, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', 'cbcc179683f253359a03988b6a48862ecc4da89f2665618af730df5f1241263c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', 'cf63e916b0bde9b4d3be918c5158b45777cf7654db659f844ff3025e838ec945');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (82, 24, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:30:09.250691Z', '033f9d7ccc12c460ce1b21e335ee6cf9083f20735d2a1b96a3b28f3f9ebe6835');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (83, 24, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:30:09.250691Z', '07ad2bf1858cdf06fc93d15d66e864c7ae028ac124672346bd3dfd7e17657312');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (84, 25, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"denunciation","unit":"SAN-BF13"}', '2026-11-29T22:30:09.250691Z', 'a157925c8df9163a4291d508e305f1786229197dd3d921cb9a6c5dc026aa0bf1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-29T22:30:09.250691Z', 'd569cffa873cee47c8e1a1ea85c46e8faa77af5fe05da38a45c89010c401abc3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (86, 25, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:30:09.250691Z', 'eeade8fe78578141ab537fdd120c44f3078c37bf22bc598bbdb193366e2defcd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-29T22:30:09.250691Z', 'd76030fcb8935f1b4c4ed521acdde284e548811174d74324edd17de8239338d9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (88, 25, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:30:09.250691Z', '14f9ed699ff816112119f5195f08a6113f7f3a76d0e520915e000f02e27ec3ad');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-29T22:30:09.250691Z', 'a2b702069be623a2394652d226a031aa72ffbb634e4e2c98a65061901b48891e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (90, 26, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:30:09.250691Z', '7fcb2e5a553c50b9789757a2db8a475ccf17726efbe18945253c3c4869586339');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (91, 26, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:30:09.250691Z', 'ad673a8ee5eed725962394c55cb35f5fc449df134a20193a25089fe6cb5f5ced');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (92, 27, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:30:09.250691Z', '6b6ec5c66e803af9bbed13b6023b77ac0d67e70c677c91670e4ef36fa67e998b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (93, 27, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:30:09.250691Z', '85763606f9bb59839d533c0211e8ad5941657a14f9bd1efafb95a22b04379036');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (94, 28, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":1,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:30:10.455998Z', '634b8e64c245cab11dfc18172a4479287b1af12716d1b464b38bae99c5948523');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (95, 29, 'staff:1', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"walk_in","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:30:10.481473Z', '8d245cc24f0950a36b06d875d7d7bdb6ac5d22f740bf53d4e96e61ba2bd962ee');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (96, 29, 'staff:1', 'note', '{"text":"Appelé le directeur."}', '2026-11-29T22:30:10.506394Z', '6fc89d3fec12e95f067c97dcfd9d0d31039821b616fdf1f97d14936a62019695');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (97, 30, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"GEN-OTHER","channel":"sms","kind":"complaint","unit":"GEN"}', '2026-11-29T22:30:12.359669Z', '68340d9e63e8a93524c6b7061b76b0d4fc28ae3395df0b378c131e38d59185cd');
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 97, '68340d9e63e8a93524c6b7061b76b0d4fc28ae3395df0b378c131e38d59185cd');
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
INSERT INTO "attachments" ("id", "complaint_id", "file_name", "content_type", "size_bytes", "sha256", "storage_key", "created_at") VALUES (1, 28, 'receipt.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/11/1d4bf8cd38d0e52c42e387eb2ca07d28.png', '2026-11-29T22:30:10.455998Z');
CREATE TABLE intake_receipts (
    key TEXT PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    -- the follow-up secret, sealed like personal data, to show the receipt again
    sealed_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('web:cb24d742fa8b8af090d8cde81ebf4e93:6bad13cef68b68a1', 28, X'db7d1982e7606aa86b7b15a7bc014e55174117432f358777c0a58adc38f63aab77aee6a228e78b25183000397b0b28aa', '2026-11-29T22:30:10.455998Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('api:staff1:fixture-v18-1:56874d94594a999763fbea2978c3fe0f', 29, X'e872b8bd263d856ba6b168f931cfabe26b403f6935afe345e699731d371b1fe009d6dce46261731686385f90a64d7bf8', '2026-11-29T22:30:10.481473Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('sms:fixture-v18', 30, X'f0e65b5a5e8dbbdbc4e72f71b4cda1047d2377e899ded3b1e96ea86a33c747795f33a818be3d89fbe3b61dc518330b3d', '2026-11-29T22:30:12.359669Z');
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
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (1, 1, 'sms', X'79fe4a6392d628365dca8341238b19efef609f218551d5fc0b98406b2ac693a627cfd2a58b21e4148d9c714d991157f54d28637b', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"4GW5-YX5W-CM9"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (2, 3, 'sms', X'd91476c50227a0cdf5a67e519e88251c8e5e47614564a26dd9e8db13dcf6abd4abd5a86fb53c033a0a3188ad9deb9c5a9952708f', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"CN2C-GWDF-QKX"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (3, 3, 'sms', X'f55898e574714c5f299a09c771bb894d676b1dbfadc2044a6429022241f43c75fee0d2f8340f9ab09105b4af3203dc9de48407a8', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"CN2C-GWDF-QKX","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (4, 3, 'email', X'52681e2fb7db312dc6b43b30afb2d0f633ad438b8a31dbc542acfadab7b8b3ac8459040fdcebee538972fa3434fa80f734815ccc253cb54d30cfd2aa709367757bf48f4ad42a15f209b4fe', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"CN2C-GWDF-QKX","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (5, 4, 'sms', X'e2899e8792e73105618cde8437914f344435828a5b5be2ecedffbfd78d6953dbf172a814ac7c568803053286c646afb5e72b6a3c', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"0HQ3-TW46-NXD"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (6, 4, 'sms', X'0b3d4c7ffe927e6b02e5cd67b21147f1571351c3dde1d617909ec827a532d003c985f7ffad2530396d9bb0a67b31648463344ef7', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"0HQ3-TW46-NXD","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (7, 4, 'email', X'62d7c88b4098a5218e51bca9ec52a8ad8c5dc345f03191a70fedd93af4b8644bf831840f7fe82b289f13a10c6c7a6a1ff4f6fb7521dcae7fd5cde5caa991af683162d062d0b8825f68', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"0HQ3-TW46-NXD","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (8, 5, 'sms', X'd163b1dca2f752ba12c3d6f37277d446dfc484302e3c92c059403ccab160bfbb4f48886ca5ea5bbdc046eca187e1a6628533cfd0', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"AQ68-QJYY-759"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (9, 5, 'sms', X'bfd9c2a0344fbe7e116a9d2ff91e6df32c3f48f944b8b06c82685707954932b65b509c19a447abcec7225d45143081319e992ad0', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"AQ68-QJYY-759","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (10, 5, 'email', X'4169865ebe4dd396fb91248b6e1e79790d6b62cae78087504f1444e4a4c038ec12993cc71fea1b8df8bd94375b2b9d31b38daf72325d3438cba693683a75609ad6cc9e03e62ae09bbbf9748e94c039', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"AQ68-QJYY-759","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (11, 5, 'sms', X'd6eb2515070de948c0185ccc96286d90dc4b5b66c1b109385034c8e0c82e7895ec6243389310c386e1a7c6dde0fc84bd5cc21205', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"AQ68-QJYY-759","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (12, 6, 'email', X'caf9b39c9036fe0288be89d6ca8cb1acc3fc38ed34b762cf80c22b51ac92d0bc58721da1a0da37bd4c98a16f09ef6e0e065512e724b9a9ba6da963bd34259ea0124dc88d27e57025c1b52f5f97', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-ABSENCE","code":"HJR2-17KK-63S","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (13, 7, 'sms', X'e53eaadce00d1b13cca35eda98d7cd5c3c9343adddd6da64c9f50f626a2794c048d489479ffd627d27df113d6c1550f696458601', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"SM6Z-STKT-PST"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (14, 7, 'sms', X'3b80f9f3dd931b41b832519bf37d638fd85e44b2d010c966887677797467bcc683ab6e2a6c6d4244057c81ff21dd8fa02a2705d3', 'mos', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"SM6Z-STKT-PST","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (15, 7, 'email', X'f08aaafd6fa79013c6d3f815c6f539b186e5ebdcc2cef6a4517b11f25627213b9d0a32b4adc1233abaa5fae15a1ac4a795f62b043a1cbd8af1ad7215e5f7a532262041fd22f8fd311b5b8d1403', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"SM6Z-STKT-PST","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (16, 7, 'sms', X'018562fa3732c8fbf2c3dfd6de9830600cc95e85b22eb43616aad21e3b7b7e22f49866608e99ebe12582550b366b0c5907c62fb6', 'mos', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"SM6Z-STKT-PST","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (17, 8, 'sms', X'5f0693362c587c714a1b3a04bdb8028ea449ef7e25b0c3cf34b6ca17b44254c766ec6528e0af9264ce7695f6e328d9e5c37eee80', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"SGXB-W99Q-WR0"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (18, 8, 'sms', X'b72c80fb20fe1290bba656d7c942616b650c033bde4b3fd42d7009ed57985619d7a9f51b1e65c0461599ff0b3f0839c114f2fbd5', 'dyu', 'rejected', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-EXAMS","code":"SGXB-W99Q-WR0","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (19, 9, 'sms', X'6ad34a441296fcbc31f342f39ee3e27b8a49b94677e801b82064a9e9c202331d85f5f0c93a34591d6737d65b88d4070fd50a68d9', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"HY34-V09N-WYZ"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (20, 11, 'sms', X'0a55026bf6f4afeb76d7cab20ea9ef4395aa2b8e8654fc38ebbbd0f6595ac63545f5360e6de073cad33ceef8c4df8a965d7d0765', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"XQB4-PEA6-X1T"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (21, 11, 'sms', X'be4aa7488d5a01ea77b98073c0e25fa947106e4eaab15e008967e7be3d43b96f37c4b925cf63811178823aac1767cec59e04e0e9', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"XQB4-PEA6-X1T","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (22, 12, 'sms', X'48ccc7234b48f63e4b0b345a906933f64b8c936d13b8b16e3fde579e44279124e13c4fa4e7bda54a89e162aa89837b6bbac89e7f', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"RKNP-NE1V-CG9"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (23, 12, 'sms', X'3ae9a9553a365d05b63b16af59de2ae4a386de51c86adb3a48bcde4f686111dc6459b4da94c138b481dc02d560d9f71e1a1c3adf', 'mos', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"RKNP-NE1V-CG9","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (24, 12, 'email', X'b0638a08085d04848210302f1e424ccaaa15984761e8b85bb1fffabee72516fad9d882078d6815fb928f6c43201f56326a877d0d344e5385544eef65441c8587a2aa1f7b8b37791225f057', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"RKNP-NE1V-CG9","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (25, 13, 'sms', X'b4d93d3972b1528bb9c2de6ee1473d2e4707259a1cfbdda2d84a266f15a1c053c7b93379ce1615775dadd362f19df45d3cc7adc7', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"RR51-Y5W5-YJZ"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (26, 13, 'sms', X'59cc32a90da4ae4c11baa75f95cd3eec4d75a71fe58b80fe95200b5cf7b000ff27a314dd8969fc2d867c953561b1e2b03a05d3c0', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"RR51-Y5W5-YJZ","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (27, 13, 'email', X'7c0fa47433ec909b1f7febb24834c4bb72ed38a4e685f821e9da0d06beb9aa55050ec7cc65f70adfa70fabbfff14b45099cc45c1d2b159fe900a9c95ee246c54d38bd69f59154a34db7fec', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"RR51-Y5W5-YJZ","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (28, 14, 'email', X'8c2f288d5b725fd7e8e46234b34440655ff4a75bd7de28d1b9332eba0a0d3cd95c2a44ad309f9cc0216a1c267c446d581e8a46d858e9d99f10a3739bc223747b56ec349fe7bff4ca9cde2a', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-STOCKOUT","code":"ZTC2-2JAG-ZN0","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (29, 15, 'sms', X'f2b5564c74745773bdf3c41160195daaa23e375175b3e7dbcd57ed1bd960c55b379d11fa1104809098063a16c6ff26e2f9cdcebc', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"XR8P-K3J7-NAV"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (30, 15, 'sms', X'e77ed588d407e3d90a3f15ae401de1b5c5d7a1a909c26eca92ffee79021080a5074640a3e84d1254c3463fc229c25dc641ffb2b2', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"XR8P-K3J7-NAV","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (31, 15, 'email', X'cee3422677cd41ec1a73b8144c452c5bf1210a90119fb7a3277864e36e4477c8f6013f8593cf58769fee1efe47e6fae18285eabf9f2fba105ebcfbee89cc3a6c7c6695763ffee133bfb6a6', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"XR8P-K3J7-NAV","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (32, 15, 'sms', X'e6739945f885268ec70c0f955e22e3eb59de022ebe8f32712ad8494ab0290034b13a180d8396f38a9307d2887b00488bd7740ebc', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"XR8P-K3J7-NAV","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (33, 16, 'sms', X'493897557c29b9cda23dc4955126ec0dbbf3a7483cd175649a0a3b3904c4f0d9715fd94a2678b56376a7515c6e3414e75cca8600', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"841C-ARFF-PXY"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (34, 16, 'sms', X'21366704e895ce4618220730a7873be0363dcf8c10b613d0456bf199bd81ade9623d7c711f128b04aff817ce973fa34d74b3f6e8', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"841C-ARFF-PXY","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (35, 16, 'email', X'd68fa2a6cb621d1145a61357b9d2c73cd33d2bee6f5eb1dd744b8fb5cc7c15ff82d5dffc4afb3d77ffc35c759bde365c2a390ee2cd7582046f2cb258600358b855eee5a996f5ed2170', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"841C-ARFF-PXY","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (36, 16, 'sms', X'aee2916cff5bc9ef8edbb745a7046ef203e4c770641555cc1233517a5cf6038d7112e405f076b7a5f0307da7eb00603228089c5d', 'fr', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"841C-ARFF-PXY","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (37, 17, 'sms', X'6a52dc0ed291124ac8154952f422211dd6b946a713c719df435412dc5db4e5f54802ba0e634c6c67a9c5f8e1d37e1edc4a0141df', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"1MB4-KCV6-V0P"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (38, 17, 'sms', X'1ffde5469182d9c156b3f10afe0393f58f63759e18d1b8807a34d9173bb72da24a88a84197f00ae3fa34e2930d42c733a2d69566', 'mos', 'rejected', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"1MB4-KCV6-V0P","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (39, 19, 'sms', X'96725dbc27d673c4757b5e4e5d2fa4e334d7095ab7ff7853a974f4849149cf8c7a2d607cb611763f5f601b7b234e52bc39737fa4', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"TTFJ-68G2-SNF"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (40, 20, 'sms', X'630a577428007a17d2ea4c545555e437c680f00da3ae8511adb62c1663017511bb5ed28af6cbc2755aab15fb90e3294175d1b579', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"Q82F-BZKW-8MJ"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (41, 20, 'sms', X'97ddfbb4927fee524e80d4f06349165de5c7e9a98be2a11004e062be78c35f2923fc7b1f6951da32fb0f577645bbfa3a1de4c915', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-EXAMS","code":"Q82F-BZKW-8MJ","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (42, 21, 'sms', X'e209a1e186c32de8b30750284a5c1c18e3b40e9c743508f11e62c45af76bf4779011d35f3ae22002d7210a8f2d1214c4ca96064b', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"WM18-MKWZ-ESK"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (43, 21, 'sms', X'8d1189ec16fb9946573a33cd37b869cb3596a9abc2cb899bab9a9315425b9f82176c3c8a999441f940b18bf93cd5665d66b650e2', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-CAREER","code":"WM18-MKWZ-ESK","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (44, 21, 'email', X'5104c1ca0498a19592bdbadd8c7a09f88694415dca92bd22d8de59e3229c3b65b68d4a0fd31a396d980cd57083f442bd00fcb0ccea3db36eeb53abf1ccb799a5ee17fcea6b67', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-CAREER","code":"WM18-MKWZ-ESK","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (45, 22, 'email', X'266cd031a4c7e7cd264878a52554a0807d6d814db393d31e37e1ca06e405fc68efffaed6ca584c4cbd52c141e54264ef1effa289c5a350fe9ae0720989df1c5b455091c1f920', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-DOCS","code":"M64S-R6SA-RJV","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (46, 23, 'sms', X'f3d0c8d54282f334445ed8e8869f13aaf997910a933442ecf481cc2226c6ea0c967e06b50f0319153fc6295d1b36a9542811da4e', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"TZ9K-VW6F-4RA"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (47, 23, 'sms', X'805bbb037be0e068a70a1b51ba747e545be76a07f6daec9aab9a808511d286838062e67083b3738174aae50b46e613f2018f192a', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"TZ9K-VW6F-4RA","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (48, 23, 'email', X'e317a55617f0e4c6a8a85f784af838abb1e4807527dbdef41eb1095281ac7512a1fc11c2dd5dfbbc217e872d3e058253a07b7136d05c0948b82be93b5fab0ec3339247865ef7e14b26b470', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"TZ9K-VW6F-4RA","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (49, 23, 'sms', X'35a4bd18d1e0d7dc18d83bb4007b5b80b56894934e295ea7e1f2536fe2db5a723589b5f00c8b35af0e681f18d1c9daaff2036f60', 'dyu', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"TZ9K-VW6F-4RA","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (50, 24, 'sms', X'9d2fbb5ae2ca8323a4938b3c6f8bfd3164e6fa454389869ac37e8b5f47c64d9b0c7d2c0edcce2315b56f61935554559ca065420f', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"MFB0-1T16-QNY"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (51, 24, 'sms', X'd5c402bd74442a5bf4588395666afc5237c7e2f13022d296bc88e2f2e13976984279b435260676db6eb9255c6d36de1fe8aa59e4', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"MFB0-1T16-QNY","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (52, 24, 'email', X'746b4feae47878b8555f5d17cf67ff1fb09502cede57be1bcce474a2c617168a1c7175ba1a7d6d6eca3ddf8b70913160afa1ca06ce545c9f979986e697dc466355abc2dcdac3eccf37c958', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"MFB0-1T16-QNY","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (53, 24, 'sms', X'9f4f2891a9699e9303e9a6e7d0e293141801f7b7ea7d4f9b884c6c3bc53e43eccb75f48d209c78b71ca00aa7b537e533212b7cdf', 'fr', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"MFB0-1T16-QNY","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (54, 25, 'sms', X'2b2c3063e2fbdaab175c9e018f502db72eac8ae7dead0597379a4a1197517268f4068efad61825a313c3addb2b797050bdce3501', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"MJ2F-KGN1-4FT"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (55, 25, 'sms', X'9e84a9b5ad3b9d07e7ad5e7743ec21d52c46c4deaf16bcf4a9871590aea5896bf7b87c6198418b4eee92bb453398b418508872eb', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"MJ2F-KGN1-4FT","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (56, 25, 'email', X'1785284393c2ebbb70ea7cee2113984e7eb467ccd62d5754fa46c08d232de291be028473ae8a05c879fbf3dd7d84c51729f67621f23e83bbe296e905e9d791a05821f37c064bb03c61e3d1', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"MJ2F-KGN1-4FT","message":"","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (57, 25, 'sms', X'533cddc33a9fcf00852087adbaff1db0502abc5a84a76a7e92288b1837ecdac17c896704f935c695117bbb7052a6f3704a55c86b', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"MJ2F-KGN1-4FT","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (58, 27, 'sms', X'a53e93666b6fbe901e22992d63d4a390119a2e01f620cd6ab006f63f6f5974c21eabad61f1e19475d8c418c2fac7945597f2d08b', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"YH4E-FHXV-D1A"}', 'pending', 0, '2026-11-29T22:30:09.250691Z', NULL, NULL, NULL, '2026-11-29T22:30:09.250691Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (59, 28, 'sms', X'11327b6268dee50e1a1db467399e4d4e212b402dbc5f163bd0821d9e07a2fc5327f5622ed73601e09fd6956f2260cfe6fadfd35e', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"ETJ8-YAF0-3WY"}', 'pending', 0, '2026-11-29T22:30:10.455998Z', NULL, NULL, NULL, '2026-11-29T22:30:10.455998Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (60, 29, 'email', X'c5a3acdf967fc253413904a8cf33c88e3232e9f1d8efe1ee19fdf22e0231828611c3c15d2dd1fe9a6e58afbae3cd2f13ae5ecf7b23b0bc', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"Y4Q8-2MK8-15T"}', 'pending', 0, '2026-11-29T22:30:10.481473Z', NULL, NULL, NULL, '2026-11-29T22:30:10.481473Z', NULL);
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
INSERT INTO "routing_rules" ("id", "category_code", "department_code", "region_code", "province_code", "commune_code", "unit_code", "created_at") VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-11-29T22:30:10.53847Z');
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('bb75f8726072635f16e9cf36591fb69779d091b2ea54474ece485b1bdacd6aa0', 5, '2026-11-29T22:30:11.326791Z', '2026-11-30T10:30:11.326791Z');
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('75063b857c6e92846b364e3ccbf8ab78222ff8dbb1d8db591a595bc1ad954aa7', 1, '2026-11-29T22:30:12.185914Z', '2026-11-30T10:30:12.185914Z');
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
INSERT INTO "guide_versions" ("id", "category_code", "version", "procedure", "templates", "created_by", "created_at") VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-11-29T22:30:12.248582Z');
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
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"email":"admin@demo.redress.bf","id":1,"name":"Aminata Kaboré","role":"admin","unit":null}', '2026-11-29T22:30:09.250691Z', '85f7acedbdb118e3961c69209765d96f41abf8adf2739c1935f81a71c5f16e08');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"email":"auditeur@demo.redress.bf","id":2,"name":"Jean Zongo","role":"auditor","unit":null}', '2026-11-29T22:30:09.250691Z', '99a65ad4cfd258b6850321b504fc10373e4685a033b38e060fc3e906def19159');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"email":"accueil.sante@demo.redress.bf","id":3,"name":"Fatimata Diallo","role":"intake","unit":"SAN"}', '2026-11-29T22:30:09.250691Z', 'b258c3fc97d397ac33b180be309ed27b421b239186010efabc204f84bade4b9a');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"email":"superviseur.sante@demo.redress.bf","id":4,"name":"Dr Salif Ouédraogo","role":"supervisor","unit":"SAN"}', '2026-11-29T22:30:09.250691Z', '9e16aea859d9171bff97fc0740365f66e095ed78d6a7c316cc2327267c185607');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"email":"agent.sante.kadiogo@demo.redress.bf","id":5,"name":"Mariam Sawadogo","role":"officer","unit":"SAN-BF13"}', '2026-11-29T22:30:09.250691Z', '6e3530307e415fd218e11ef679e0968fca52510698ba13b1577ee98754d8d08c');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"email":"agent.sante.guiriko@demo.redress.bf","id":6,"name":"Issouf Traoré","role":"officer","unit":"SAN-BF53"}', '2026-11-29T22:30:09.250691Z', '55ed3543217710ca4961e8d06df2c8dd14a5a8a6b6ae21ca8d3e4bf411e3f97a');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"email":"superviseur.education@demo.redress.bf","id":7,"name":"Paul Compaoré","role":"supervisor","unit":"EDU"}', '2026-11-29T22:30:09.250691Z', '07d50c221992cafb82ef7b18ddccfd826ae5c8536fa725823890546ba09150ef');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"email":"agent.education.kadiogo@demo.redress.bf","id":8,"name":"Awa Nikiéma","role":"officer","unit":"EDU-BF13"}', '2026-11-29T22:30:09.250691Z', '9c643d002a030d7aa64990f56110d1d60afeb00cdec2a7764d525f1ab17e3aaf');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"email":"superviseur.fp@demo.redress.bf","id":9,"name":"Rasmané Ilboudo","role":"supervisor","unit":"FP"}', '2026-11-29T22:30:09.250691Z', 'e205afe9d245f530c55dd7610a407e3880a1f3deb63b5306b1555cffd8001e31');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"email":"superviseur.justice@demo.redress.bf","id":10,"name":"Clémentine Somé","role":"supervisor","unit":"JUS"}', '2026-11-29T22:30:09.250691Z', 'a6a72d679e77948ef7fd91f56ed7c091f3a27ca80ac2fe70f70f3ff4a69f5d49');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"email":"orientation@demo.redress.bf","id":11,"name":"Boukary Ouattara","role":"intake","unit":"GEN"}', '2026-11-29T22:30:09.250691Z', 'b5c96778f451bd7058aad9ab9ce22d6a7e032b85a85b5ed9ca629487f0be6b39');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (12, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"category_code":"SAN-FEES","commune_code":"BF130004","department_code":null,"id":1,"province_code":null,"region_code":null,"unit_code":"SAN-BF13"}', '2026-11-29T22:30:10.53847Z', '9de01bdc60dc1b8b6b7a4130ccc8509254a91f61485885938bb71aa7ddf876ef');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (13, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en":"Test holiday","name_fr":"Jour férié de test"}', '2026-11-29T22:30:10.565408Z', '674c6ae69bf791993e85c4713f00f84b83ce21cb1f8b30828a738d1d1b340074');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (14, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"department":"SAN","level":"facility","name_en":"Sector 30 medical centre","name_fr":"CMA du secteur 30","parent":"SAN-BF13","region":"BF13"}', '2026-11-29T22:30:10.61098Z', '11057287d13d955f15ed5c2d7229b93285ba2a81040cdfed48cdcaa0b34f3b1f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (15, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure":"Vérifier le reçu; appeler le responsable du centre.","templates":{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-11-29T22:30:12.248582Z', '1910b7a7839ae2fff1e77d622d50c4d908cd7043d0f4cd70f6358cfd227605e6');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (16, 'staff:1', 'retention.set', 'retention:suggestion', '{"keep_days":3650}', '2026-11-29T22:30:12.311715Z', 'ef816aa23a9ff3dd9a2760eb0a2c132fb3239f5f5bc47b05304d78047421f4bd');
CREATE TABLE admin_audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "admin_audit_head" ("id", "seq", "hash") VALUES (1, 16, 'ef816aa23a9ff3dd9a2760eb0a2c132fb3239f5f5bc47b05304d78047421f4bd');
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
INSERT INTO "phone_senders" ("sender_key", "language", "stopped", "pending_code", "pending_step", "pending_department", "pending_until", "updated_at") VALUES ('c5e3661eaee7a7744886e73cf173ffb6f4d89efaa7e371f310c5c4c9d9d395d7', NULL, 0, 'CJSS1F7GVBB', 'department', NULL, '2026-11-29T22:40:12.359669Z', '2026-11-29T22:30:12.359669Z');
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
INSERT INTO "inbound_messages" ("id", "channel", "gateway_id", "sender_key", "received_at", "limited", "reply") VALUES (1, 'sms', 'fixture-v18', 'c5e3661eaee7a7744886e73cf173ffb6f4d89efaa7e371f310c5c4c9d9d395d7', '2026-11-29T22:30:12.359669Z', 0, X'cc89ce7a45b5178361d2c7b32277ad07482cefb3c63548602ff1eaf5f6c8e3721982371fa71f605313271ef9d38621221267de52b403c2a471008419942cda7b954bbff480a32c217130faf49438f66432f51200f96a004cee185a3407667e2dacfc564046369d83f464ce1f455b29e04617812bbc83596a0e3899206196cad14c110775d04261dae22a88dff82f5b8a4379e81e6e2e45fa69d57f93e6a7d13e262709bd74cca63a5ec59e7a82b39fbf8ae03ace4c3184ab9116a74dcb6390c4fcfb');
CREATE TABLE ussd_sessions (
    session_id TEXT PRIMARY KEY,
    sender_key TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "ussd_sessions" ("session_id", "sender_key", "state", "updated_at") VALUES ('fixture-v18', '463eb8839cd45a6e403cb9c839bfcfeff8c57be1d08ff078cf4dc76272cd7f45', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-11-29T22:30:12.399222Z');
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
INSERT INTO "attachment_blobs" ("storage_key", "sealed") VALUES ('2026/11/1d4bf8cd38d0e52c42e387eb2ca07d28.png', X'ebac0a016d002e5265a766f73e47e04179329ca23546592f84667d23a6f26c7da62e2414e3f351ff654c14699d76764c40af2614c1ac5a364394c46222fe80cad2b311d5647b1c3c71ed35891052b6078a394f1a11ee82a858002ee85307dcdd8c19687e3d9ddf311ded0aa254');
CREATE TABLE retention_rules (
    kind TEXT PRIMARY KEY,
    keep_days INTEGER NOT NULL CHECK (keep_days BETWEEN 1 AND 36500)
);
INSERT INTO "retention_rules" ("kind", "keep_days") VALUES ('suggestion', 3650);
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
