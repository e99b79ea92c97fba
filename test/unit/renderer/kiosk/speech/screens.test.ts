// What each screen says when it opens (screenText: its heading, then its instructions), for every screen the router
// reaches and the kiosk's own screens, in French, English, Arabic and easy-read French and English. Each screen is
// mounted as the kiosk shows it (./screens.ts), in the state its guard asks for (./screen-states.ts), and what it says
// is a snapshot read and checked by hand: the screen's words in that language, no French left in English or Arabic
// but the names the kiosk keeps in French (Caf, Mon Compte, FranceConnect, the CGU), easy-read really easy-read.
// The last test fails when a route's screen has none here (each test is named after its route).
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClearedScreen from '@renderer/kiosk/ClearedScreen.vue';
import OutOfServiceScreen from '@renderer/kiosk/OutOfServiceScreen.vue';
import { inVoices, screenParts, screenText } from '@renderer/kiosk/speech/spoken';
import { LOCALES, mountKioskScreen, mountScreen, screenRouteNames, type Locale, type MountedScreen } from './screens';
import { screenSetups } from './screen-states';

vi.mock('@renderer/api/request', () => import('../../route-mocks'));

afterEach(() => {
  vi.restoreAllMocks();
});

async function saidIn(
  open: (locale: Locale) => Promise<MountedScreen>,
  locales: readonly Locale[] = LOCALES,
): Promise<Partial<Record<Locale, string>>> {
  const said: Partial<Record<Locale, string>> = {};
  for (const locale of locales) {
    vi.resetAllMocks();
    const screen = await open(locale);
    said[locale] = screenText(screen.root);
    screen.unmount();
    expect(screen.missing, `messages ${locale} lacks`).toEqual([]);
    expect(said[locale], `${locale} says nothing`).not.toBe('');
  }
  // The same screen, said in another language, is not the French text again (a message left untranslated).
  expect(said.en).not.toBe(said.fr);
  expect(said.ar).not.toBe(said.fr);
  return said;
}

/** What the screen of route `name` says in each language; called by the test named after the route. */
async function spoken(name: string): Promise<Partial<Record<Locale, string>>> {
  expect(expect.getState().currentTestName, 'the test of a route is named after it').toMatch(new RegExp(` > ${name}$`));
  return saidIn((locale) => mountScreen(name, locale, screenSetups[name]));
}

describe('the welcome screen and the portal', () => {
  it('welcome', async () => {
    expect(await spoken('welcome')).toMatchInlineSnapshot(`
      {
        "ar": "مرحبًا بكم في الـCaf. المسوا الشاشة للبدء",
        "en": "Welcome to the Caf. Touch the screen to start",
        "en-x-facile": "Hello. You are at the Caf. Touch the screen with your finger to start.",
        "fr": "Bienvenue à la Caf. Touchez l’écran pour commencer",
        "fr-x-facile": "Bonjour. Vous êtes à la Caf. Touchez l’écran avec le doigt pour commencer.",
      }
    `);
  });
  it('portal', async () => {
    expect(await spoken('portal')).toMatchInlineSnapshot(`
      {
        "ar": "مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. تسجيل الدخول. إنشاء حساب. ليس لدي حساب Mon Compte بعد.",
        "en": "Welcome to the Allocations Familiales login portal. Log in. Create an account. I do not have a Mon Compte account yet.",
        "en-x-facile": "My Caf account. I choose. I do not have a Caf account. I make my account.",
        "fr": "Bienvenue sur le portail de connexion des Allocations Familiales. Connexion. Créer un compte. Je n’ai pas encore d’espace Mon Compte.",
        "fr-x-facile": "Mon compte Caf. Je choisis. Je n’ai pas de compte Caf. Je crée mon compte.",
      }
    `);
  });
});

describe('« Faire une demande de prestation »', () => {
  it('demande-themes', async () => {
    expect(await spoken('demande-themes')).toMatchInlineSnapshot(`
      {
        "ar": "تقديم طلب إعانة. اختاروا الموضوع الذي يخصّكم.",
        "en": "Apply for a benefit. Choose the topic that concerns you.",
        "en-x-facile": "Ask the Caf for help. I choose what my request is about. For example: housing.",
        "fr": "Faire une demande de prestation. Choisissez le thème qui vous concerne.",
        "fr-x-facile": "Demander une aide de la Caf. Je choisis le sujet de ma demande. Par exemple : le logement.",
      }
    `);
  });
  it('demande-theme', async () => {
    expect(await spoken('demande-theme')).toMatchInlineSnapshot(`
      {
        "ar": "السكن. اختاروا الإعانة التي تناسب وضعكم.",
        "en": "Housing. Choose the benefit that matches your situation.",
        "en-x-facile": "Housing. I choose the help I ask for.",
        "fr": "Le logement. Choisissez la prestation qui correspond à votre situation.",
        "fr-x-facile": "Le logement. Je choisis l’aide que je demande.",
      }
    `);
  });
  it('demande-prestation', async () => {
    expect(await spoken('demande-prestation')).toMatchInlineSnapshot(`
      {
        "ar": "إعانة السكن (Aide au logement). إذا كنتم تدفعون إيجارًا أو تسدّدون قرضًا لمسكنكم الرئيسي وكانت مواردكم محدودة، يمكنكم الاستفادة من إحدى إعانات السكن الثلاث: Aide personnalisée au logement (Apl) أو Allocation de logement familiale (Alf) أو Allocation de logement sociale (Als). بحسب وضعكم، تدرس الـCaf حقكم في إحدى هذه الإعانات الثلاث. لمعرفة المبلغ المحتمل لحقكم، ندعوكم إلى إجراء محاكاة.",
        "en": "Housing benefit (Aide au logement). If you pay rent or repay a loan for your main home and your income is modest, you may receive one of the three housing benefits: the Aide personnalisée au logement (Apl), the Allocation de logement familiale (Alf) or the Allocation de logement sociale (Als). Depending on your situation, the Caf will check which of these three benefits you are entitled to. To find out how much you might receive, we invite you to do a simulation.",
        "en-x-facile": "Housing benefit (Aide au logement). I pay rent. Or I pay back a loan for my home. I have little money. The Caf can help me pay. There are 3 kinds of help for housing: Apl, Alf and Als. The Caf chooses the right help for me. I want to know how much I can get? I can work it out on caf.fr. It is called a simulation.",
        "fr": "Aide au logement. Si vous payez un loyer ou remboursez un prêt pour votre résidence principale et que vos ressources sont modestes, vous pouvez bénéficier de l’une des trois aides au logement : l’Aide personnalisée au logement (Apl), l’Allocation de logement familiale (Alf) ou l’Allocation de logement sociale (Als). Selon votre situation, la Caf étudiera votre droit à l’une de ces trois aides. Afin de connaître le montant potentiel de votre droit, nous vous invitons à effectuer une simulation.",
        "fr-x-facile": "Aide au logement. Je paie un loyer. Ou je rembourse un prêt pour ma maison. J’ai peu d’argent. La Caf peut m’aider à payer. Il y a 3 aides pour le logement : l’Apl, l’Alf et l’Als. La Caf choisit la bonne aide pour moi. Je veux savoir combien je peux recevoir ? Je peux faire un calcul sur caf.fr. C’est une simulation.",
      }
    `);
  });
});

describe('« Créer mon espace Mon Compte »', () => {
  it('create-account-intro', async () => {
    expect(await spoken('create-account-intro')).toMatchInlineSnapshot(`
      {
        "ar": "لإنشاء حسابي، يلزم 3 خطوات ومن 5 إلى 10 دقائق. مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. إنشاء حساب. أُدخل حالتي المدنية وبيانات الاتصال. أُدخل رمز التحقق الذي أتلقّاه برسالة قصيرة أو بالبريد الإلكتروني. أختار كلمة المرور. أدخل إلى حسابي الجديد برقم الضمان الاجتماعي وكلمة المرور. يُتحقَّق من بيانات الاتصال بإرسال رمز: أتأكّد من أن هاتفي المحمول معي أو أنني أستطيع فتح بريدي الإلكتروني. تظهر فقاعات مساعدة تشرح لي المعلومات المطلوبة. المسوا علامة الاستفهام لفتحها.",
        "en": "Creating my account takes 3 steps and 5 to 10 minutes. Welcome to the Allocations Familiales login portal. Creating an account. I enter my personal details and my contact details. I enter the verification code I receive by text message or by e-mail. I choose my password. I log in to my new account with my social security number and my password. My contact details are checked by sending a code: I make sure I have my mobile phone with me or can open my mailbox. Help bubbles explain what to enter. Touch the question mark to open them.",
        "en-x-facile": "I make my Caf account. There are 3 steps. It takes 5 to 10 minutes. My Caf account. I make my Caf account. I write who I am. I write my mobile phone number or my e-mail address. The Caf sends me a code by text message or by e-mail. I write this code. I choose my password. Then I go to my Caf account. I write my social security number and my password. I keep my mobile phone near me. Or I can read my e-mails. The Caf sends me a code. I do not understand a box? I touch the question mark next to it. An explanation opens.",
        "fr": "Pour créer mon espace, 3 étapes et 5 à 10 minutes sont nécessaires. Bienvenue sur le portail de connexion des Allocations Familiales. Création de compte. Je renseigne mon état civil et mes coordonnées de contact. Je saisis le code de vérification reçu par SMS ou par mail. Je choisis mon mot de passe. Je me connecte à mon nouvel espace avec mon numéro de Sécurité sociale et mon mot de passe. Mes coordonnées de contact sont vérifiées par l’envoi d’un code : je m’assure d’avoir mon téléphone portable ou l’accès à ma boîte mail. Des bulles d’aide s’affichent pour m’expliquer les informations à saisir. Touchez le point d’interrogation pour y accéder.",
        "fr-x-facile": "Je crée mon compte Caf. Il y a 3 étapes. Cela prend 5 à 10 minutes. Mon compte Caf. Je crée mon compte Caf. J’écris qui je suis. J’écris mon numéro de téléphone portable ou mon adresse mail. La Caf m’envoie un code par SMS ou par mail. J’écris ce code. Je choisis mon mot de passe. Ensuite, je vais sur mon compte Caf. J’écris mon numéro de sécurité sociale et mon mot de passe. Je garde mon téléphone portable près de moi. Ou je peux lire mes mails. La Caf m’envoie un code. Je ne comprends pas une case ? Je touche le point d’interrogation à côté. Une explication s’affiche.",
      }
    `);
  });
  it('create-account-etat-civil', async () => {
    expect(await spoken('create-account-etat-civil')).toMatchInlineSnapshot(`
      {
        "ar": "الحالة المدنية. مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. الخطوة 1 من 3. الحالة المدنية وبيانات الاتصال. أنشئوا حسابكم Mon Compte بملء المعلومات المطلوبة. جميع الخانات إلزامية ما لم يُذكر خلاف ذلك.",
        "en": "Personal details. Welcome to the Allocations Familiales login portal. Step 1 of 3. Personal and contact details. Create your Mon Compte account by filling in the details asked. All fields are required unless marked otherwise.",
        "en-x-facile": "Who I am. My Caf account. Step 1 of 3. Who I am and how to reach me. I write who I am. As on my identity document. I fill in every box. Except the boxes marked “optional”.",
        "fr": "État civil. Bienvenue sur le portail de connexion des Allocations Familiales. Étape 1 sur 3. État civil et coordonnées de contact. Créer votre espace Mon Compte en remplissant les éléments demandés. Tous les champs sont obligatoires, sauf mention contraire.",
        "fr-x-facile": "Qui je suis. Mon compte Caf. Étape 1 sur 3. Qui je suis et comment me joindre. J’écris qui je suis. Comme sur ma pièce d’identité. Je remplis toutes les cases. Sauf les cases marquées « facultatif ».",
      }
    `);
  });
  it('create-account-identity', async () => {
    expect(await spoken('create-account-identity')).toMatchInlineSnapshot(`
      {
        "ar": "الحالة المدنية. مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. الخطوة 1 من 3. الحالة المدنية وبيانات الاتصال. جميع الخانات إلزامية ما لم يُذكر خلاف ذلك. أؤمّن إنشاء حسابي بتقديم معلومات موجودة في وثيقة هويتي. لا تُقبل إلا الوثائق التالية الصادرة عن السلطات الفرنسية: بطاقة الهوية الفرنسية. بطاقة الإقامة الفرنسية. جواز السفر الفرنسي",
        "en": "Personal details. Welcome to the Allocations Familiales login portal. Step 1 of 3. Personal and contact details. All fields are required unless marked otherwise. I make the creation of my account secure by giving information from my identity document. Only the documents below, issued by the French authorities, are accepted: French identity card. French residence permit. French passport",
        "en-x-facile": "My identity document. My Caf account. Step 1 of 3. Who I am and how to reach me. I fill in every box. Except the boxes marked “optional”. I write the number of my identity document. So nobody can make an account in my place. My identity document must be French. I can give: my French identity card. my French residence permit. my French passport",
        "fr": "État civil. Bienvenue sur le portail de connexion des Allocations Familiales. Étape 1 sur 3. État civil et coordonnées de contact. Tous les champs sont obligatoires, sauf mention contraire. Je sécurise la création de mon Compte, en fournissant des informations présentes sur ma pièce d’identité. Seuls les documents ci-dessous délivrés par les autorités françaises sont autorisés : carte d’identité française. titre de séjour français. passeport français",
        "fr-x-facile": "Ma pièce d’identité. Mon compte Caf. Étape 1 sur 3. Qui je suis et comment me joindre. Je remplis toutes les cases. Sauf les cases marquées « facultatif ». J’écris le numéro de ma pièce d’identité. Ainsi, personne ne peut créer un compte à ma place. Ma pièce d’identité doit être française. Je peux donner : ma carte d’identité française. mon titre de séjour français. mon passeport français",
      }
    `);
  });
  it('create-account-contact', async () => {
    expect(await spoken('create-account-contact')).toMatchInlineSnapshot(`
      {
        "ar": "بيانات الاتصال. مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. الخطوة 1 من 3. الحالة المدنية وبيانات الاتصال. لتأمين إنشاء حسابكم، ترسل لكم الـCaf رمز تحقق على هاتفكم أو بالبريد الإلكتروني.",
        "en": "Your contact details. Welcome to the Allocations Familiales login portal. Step 1 of 3. Personal and contact details. To make the creation of your account secure, the Caf sends you a verification code on your phone or by e-mail.",
        "en-x-facile": "How the Caf can reach me. My Caf account. Step 1 of 3. Who I am and how to reach me. The Caf sends me a code. By text message on my mobile phone. Or by e-mail.",
        "fr": "Vos coordonnées de contact. Bienvenue sur le portail de connexion des Allocations Familiales. Étape 1 sur 3. État civil et coordonnées de contact. Pour sécuriser la création de votre compte, la Caf vous envoie un code de vérification sur votre téléphone ou par mail.",
        "fr-x-facile": "Comment la Caf peut me joindre. Mon compte Caf. Étape 1 sur 3. Qui je suis et comment me joindre. La Caf m’envoie un code. Par SMS sur mon téléphone portable. Ou par mail.",
      }
    `);
  });
  it('create-account-code', async () => {
    expect(await spoken('create-account-code')).toMatchInlineSnapshot(`
      {
        "ar": "التحقق من بيانات الاتصال. مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. الخطوة 2 من 3. رمز التحقق. أرسلنا إليكم للتو رمز تحقق برسالة قصيرة إلى الرقم التالي 06 12 34 56 78. يُرجى إدخاله. هذا الرمز صالح لمدة 10 دقائق.",
        "en": "Checking your contact details. Welcome to the Allocations Familiales login portal. Step 2 of 3. Verification code. We have just sent you a verification code by text message to this number: 06 12 34 56 78. Please enter it. This code is valid for 10 minutes.",
        "en-x-facile": "I write the code. My Caf account. Step 2 of 3. The code. The Caf sent me a code by text message. To the number 06 12 34 56 78. I write this code. The code works for 10 minutes.",
        "fr": "Vérification de vos coordonnées de contact. Bienvenue sur le portail de connexion des Allocations Familiales. Étape 2 sur 3. Code de vérification. Nous venons de vous envoyer un code de vérification par SMS au numéro suivant 06 12 34 56 78. Merci de le saisir. Ce code est valable 10 minutes.",
        "fr-x-facile": "J’écris le code. Mon compte Caf. Étape 2 sur 3. Le code. La Caf m’a envoyé un code par SMS. Au numéro 06 12 34 56 78. J’écris ce code. Le code marche pendant 10 minutes.",
      }
    `);
  });
  it('create-account-password', async () => {
    expect(await spoken('create-account-password')).toMatchInlineSnapshot(`
      {
        "ar": "اختيار كلمة المرور. مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. الخطوة 3 من 3. كلمة المرور. في دخولي الأول، أختار كلمة مروري الشخصية.",
        "en": "Choose your password. Welcome to the Allocations Familiales login portal. Step 3 of 3. Password. For my first login, I choose my own password.",
        "en-x-facile": "I choose my password. My Caf account. Step 3 of 3. My password. I choose my password. It is for going to my Caf account.",
        "fr": "Choisir son mot de passe. Bienvenue sur le portail de connexion des Allocations Familiales. Étape 3 sur 3. Mot de passe. Pour ma 1ère connexion, je choisis mon mot de passe personnel.",
        "fr-x-facile": "Je choisis mon mot de passe. Mon compte Caf. Étape 3 sur 3. Mon mot de passe. Je choisis mon mot de passe. Il sert à aller sur mon compte Caf.",
      }
    `);
  });
  it('create-account-summary', async () => {
    expect(await spoken('create-account-summary')).toMatchInlineSnapshot(`
      {
        "ar": "ملخّص إنشاء حسابكم. مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. تمت الخطوات الـ 3 كلها. الملخّص. تحقّقوا من المعلومات، ثم أكّدوا لإنشاء حسابكم. معرّفكم: 2 78 0506 088 101. الحالة المدنية",
        "en": "Summary of your account creation. Welcome to the Allocations Familiales login portal. All 3 steps are done. Summary. Check the information, then confirm to create your account. Your identifier: 2 78 0506 088 101. Personal details",
        "en-x-facile": "I check before I make my Caf account. My Caf account. I have finished the 3 steps. I check. I read everything. Is everything right? I touch the button at the bottom. My number to go to my Caf account: 2 78 0506 088 101. Who I am",
        "fr": "Récapitulatif de votre création de compte. Bienvenue sur le portail de connexion des Allocations Familiales. Les 3 étapes sont faites. Récapitulatif. Vérifiez les informations, puis validez pour créer votre compte. Votre identifiant : 2 78 0506 088 101. État civil",
        "fr-x-facile": "Je vérifie avant de créer mon compte Caf. Mon compte Caf. J’ai fini les 3 étapes. Je vérifie. Je lis tout. Tout est juste ? Je touche le bouton en bas. Mon numéro pour aller sur mon compte Caf : 2 78 0506 088 101. Qui je suis",
      }
    `);
  });
});

describe('« Me connecter à Mon Compte »', () => {
  it('login', async () => {
    expect(await spoken('login')).toMatchInlineSnapshot(`
      {
        "ar": "الدخول إلى Mon Compte. مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. أُدخل الأرقام الـ13 الأولى من رقم الضمان الاجتماعي، ثم كلمة المرور.",
        "en": "Log in to Mon Compte. Welcome to the Allocations Familiales login portal. I enter the first 13 digits of my social security number, then my password.",
        "en-x-facile": "I go to my Caf account. My Caf account. I write my social security number. Then I write my password.",
        "fr": "Me connecter à Mon Compte. Bienvenue sur le portail de connexion des Allocations Familiales. Je saisis les 13 premiers chiffres de mon numéro de Sécurité sociale, puis mon mot de passe.",
        "fr-x-facile": "Je vais sur mon compte Caf. Mon compte Caf. J’écris mon numéro de sécurité sociale. Puis j’écris mon mot de passe.",
      }
    `);
  });
});

describe('« Mot de passe oublié ? »', () => {
  it('password-reset', async () => {
    expect(await spoken('password-reset')).toMatchInlineSnapshot(`
      {
        "ar": "تلقّي رمز لاختيار كلمة مرور جديدة. نسيتم كلمة المرور؟ أدخلوا معرّفكم، ثم اختاروا طريقة تلقّي رمز التحقق.",
        "en": "Get a code to choose a new password. Forgotten password? Enter your identifier, then choose how to receive the verification code.",
        "en-x-facile": "I get a code. Then I choose a new password. I forgot my password. I write my social security number. Then I choose how to get the code.",
        "fr": "Recevoir un code pour choisir un nouveau mot de passe. Mot de passe oublié ? Saisissez votre identifiant, puis choisissez comment recevoir le code de vérification.",
        "fr-x-facile": "Je reçois un code. Puis je choisis un nouveau mot de passe. J’ai oublié mon mot de passe. J’écris mon numéro de sécurité sociale. Puis je choisis comment recevoir le code.",
      }
    `);
  });
  it('password-reset-code', async () => {
    expect(await spoken('password-reset-code')).toMatchInlineSnapshot(`
      {
        "ar": "إدخال رمز التحقق. نسيتم كلمة المرور؟ إذا كان هذا الحساب موجودًا ومسجّلًا فيه رقم هاتف محمول، فقد أُرسل رمز برسالة قصيرة. هذا الرمز صالح لمدة 10 دقائق.",
        "en": "Enter the verification code. Forgotten password? If this account exists and has a mobile number, a code has just been sent by text message. This code is valid for 10 minutes.",
        "en-x-facile": "I write the code. I forgot my password. The Caf sent me a code by text message. I look at my mobile phone. I got nothing? Maybe the Caf does not know my number. The code works for 10 minutes.",
        "fr": "Saisir le code de vérification. Mot de passe oublié ? Si ce compte existe et qu’un numéro de portable y est enregistré, un code vient d’être envoyé par SMS. Ce code est valable 10 minutes.",
        "fr-x-facile": "J’écris le code. J’ai oublié mon mot de passe. La Caf m’a envoyé un code par SMS. Je regarde mon téléphone portable. Je n’ai rien reçu ? Mon numéro n’est peut-être pas connu de la Caf. Le code marche pendant 10 minutes.",
      }
    `);
  });
  it('password-reset-password', async () => {
    expect(await spoken('password-reset-password')).toMatchInlineSnapshot(`
      {
        "ar": "اختيار كلمة مرور جديدة. نسيتم كلمة المرور؟ لأسباب أمنية، يجب احترام القواعد التالية: من 8 إلى 24 خانة. رقم واحد. حرف لاتيني صغير واحد. حرف لاتيني كبير واحد. حروف لاتينية دون نبرات وأرقام فقط",
        "en": "Choose a new password. Forgotten password? For security reasons, the following rules must be met: 8 to 24 characters. 1 digit. 1 lower-case letter. 1 capital letter. only letters without accents, and digits",
        "en-x-facile": "I choose my new password. I forgot my password. My new password must have: 8 to 24 characters. 1 digit. For example: 7. 1 small letter. For example: m. 1 capital letter. For example: M. letters and digits, without accents",
        "fr": "Choisir un nouveau mot de passe. Mot de passe oublié ? Pour des raisons de sécurité, les règles suivantes doivent être respectées : 8 à 24 caractères. 1 chiffre. 1 lettre minuscule. 1 lettre majuscule. seulement des lettres sans accent et des chiffres",
        "fr-x-facile": "Je choisis mon nouveau mot de passe. J’ai oublié mon mot de passe. Dans mon nouveau mot de passe, il faut : 8 à 24 caractères. 1 chiffre. Par exemple : 7. 1 lettre minuscule. Par exemple : m. 1 lettre majuscule. Par exemple : M. des lettres et des chiffres, sans accent",
      }
    `);
  });
});

describe('the first login (migration)', () => {
  it('migration-cgu', async () => {
    expect(await spoken('migration-cgu')).toMatchInlineSnapshot(`
      {
        "ar": "الشروط العامة للاستخدام. دخولي الأول. الخطوة 1 من 4. ملفي. جميع الخانات إلزامية ما لم يُذكر خلاف ذلك. لمواصلة الاطلاع على حسابكم وإدارته، يُرجى قراءة الشروط العامة الجديدة للاستخدام وقبولها. Règles d’utilisation de l’Espace Mon Compte. Préambule. La branche Famille de la Sécurité sociale, via la Caisse nationale d’Allocations familiales (Cnaf), éditeur du site www.caf.fr, et les caisses d’Allocations familiales (Caf), offre à l’utilisateur la possibilité d’accéder à un espace numérique appelé « Mon Compte ». Cet espace lui permet de : communiquer à la Caf des informations le concernant ainsi que les membres de son foyer ; réaliser des simulations de droits ; faire des demandes de prestations et de services ; consulter des informations disponibles à sa disposition. Accès à l’Espace Mon Compte. L’accès à Mon Compte se fait avec le numéro de Sécurité sociale (ou l’identifiant provisoire) et un mot de passe personnel, ou avec FranceConnect. Le mot de passe est strictement personnel et confidentiel. La Caf n’y a pas accès. L’utilisateur s’engage à ne pas le communiquer et à se déconnecter à la fin de chaque consultation. Décisions prises sur le fondement d’un traitement automatisé. La Caf, dans le cadre de la loi du 29 mai 2019, a prononcé des décisions administratives individuelles fondées sur une mise en œuvre des traitements automatisés. Ces décisions sont prises dans le respect de l’article L 311-3-1 et suivants du Code des relations entre le public et l’administration et rappellent à l’utilisateur son droit d’obtenir communication des règles et principales caractéristiques du traitement, les modalités d’exercice de ce droit et les possibilités de recours en cas de refus. Protection des données personnelles. Les informations recueillies sont nécessaires au traitement de vos demandes et au calcul de vos droits. Elles sont destinées à votre Caf et aux organismes habilités. Vous disposez d’un droit d’accès, de rectification et de limitation des données vous concernant, que vous pouvez exercer auprès du délégué à la protection des données de votre Caf. Responsabilité de l’utilisateur. L’utilisateur s’engage à fournir des informations exactes et à signaler sans délai tout changement de situation. Toute fausse déclaration peut entraîner le remboursement des sommes perçues à tort et des sanctions.",
        "en": "Terms of use. My first login. Step 1 of 4. My profile. All fields are required unless marked otherwise. To keep viewing and managing your account, please read the new terms of use and accept them. Règles d’utilisation de l’Espace Mon Compte. Préambule. La branche Famille de la Sécurité sociale, via la Caisse nationale d’Allocations familiales (Cnaf), éditeur du site www.caf.fr, et les caisses d’Allocations familiales (Caf), offre à l’utilisateur la possibilité d’accéder à un espace numérique appelé « Mon Compte ». Cet espace lui permet de : communiquer à la Caf des informations le concernant ainsi que les membres de son foyer ; réaliser des simulations de droits ; faire des demandes de prestations et de services ; consulter des informations disponibles à sa disposition. Accès à l’Espace Mon Compte. L’accès à Mon Compte se fait avec le numéro de Sécurité sociale (ou l’identifiant provisoire) et un mot de passe personnel, ou avec FranceConnect. Le mot de passe est strictement personnel et confidentiel. La Caf n’y a pas accès. L’utilisateur s’engage à ne pas le communiquer et à se déconnecter à la fin de chaque consultation. Décisions prises sur le fondement d’un traitement automatisé. La Caf, dans le cadre de la loi du 29 mai 2019, a prononcé des décisions administratives individuelles fondées sur une mise en œuvre des traitements automatisés. Ces décisions sont prises dans le respect de l’article L 311-3-1 et suivants du Code des relations entre le public et l’administration et rappellent à l’utilisateur son droit d’obtenir communication des règles et principales caractéristiques du traitement, les modalités d’exercice de ce droit et les possibilités de recours en cas de refus. Protection des données personnelles. Les informations recueillies sont nécessaires au traitement de vos demandes et au calcul de vos droits. Elles sont destinées à votre Caf et aux organismes habilités. Vous disposez d’un droit d’accès, de rectification et de limitation des données vous concernant, que vous pouvez exercer auprès du délégué à la protection des données de votre Caf. Responsabilité de l’utilisateur. L’utilisateur s’engage à fournir des informations exactes et à signaler sans délai tout changement de situation. Toute fausse déclaration peut entraîner le remboursement des sommes perçues à tort et des sanctions.",
        "en-x-facile": "The rules for using my Caf account (terms of use). I log in for the first time. Step 1 of 4. My account. I fill in every box. Except the boxes marked “optional”. I read the rules for using my Caf account. They are the terms of use. I accept the rules: I can go to my account. Règles d’utilisation de l’Espace Mon Compte. Préambule. La branche Famille de la Sécurité sociale, via la Caisse nationale d’Allocations familiales (Cnaf), éditeur du site www.caf.fr, et les caisses d’Allocations familiales (Caf), offre à l’utilisateur la possibilité d’accéder à un espace numérique appelé « Mon Compte ». Cet espace lui permet de : communiquer à la Caf des informations le concernant ainsi que les membres de son foyer ; réaliser des simulations de droits ; faire des demandes de prestations et de services ; consulter des informations disponibles à sa disposition. Accès à l’Espace Mon Compte. L’accès à Mon Compte se fait avec le numéro de Sécurité sociale (ou l’identifiant provisoire) et un mot de passe personnel, ou avec FranceConnect. Le mot de passe est strictement personnel et confidentiel. La Caf n’y a pas accès. L’utilisateur s’engage à ne pas le communiquer et à se déconnecter à la fin de chaque consultation. Décisions prises sur le fondement d’un traitement automatisé. La Caf, dans le cadre de la loi du 29 mai 2019, a prononcé des décisions administratives individuelles fondées sur une mise en œuvre des traitements automatisés. Ces décisions sont prises dans le respect de l’article L 311-3-1 et suivants du Code des relations entre le public et l’administration et rappellent à l’utilisateur son droit d’obtenir communication des règles et principales caractéristiques du traitement, les modalités d’exercice de ce droit et les possibilités de recours en cas de refus. Protection des données personnelles. Les informations recueillies sont nécessaires au traitement de vos demandes et au calcul de vos droits. Elles sont destinées à votre Caf et aux organismes habilités. Vous disposez d’un droit d’accès, de rectification et de limitation des données vous concernant, que vous pouvez exercer auprès du délégué à la protection des données de votre Caf. Responsabilité de l’utilisateur. L’utilisateur s’engage à fournir des informations exactes et à signaler sans délai tout changement de situation. Toute fausse déclaration peut entraîner le remboursement des sommes perçues à tort et des sanctions.",
        "fr": "Conditions générales d’utilisation. Ma première connexion. Étape 1 sur 4. Mon profil. Tous les champs sont obligatoires, sauf mention contraire. Pour continuer à consulter et gérer votre compte, merci de prendre connaissance des nouvelles conditions générales d’utilisation et de les accepter. Règles d’utilisation de l’Espace Mon Compte. Préambule. La branche Famille de la Sécurité sociale, via la Caisse nationale d’Allocations familiales (Cnaf), éditeur du site www.caf.fr, et les caisses d’Allocations familiales (Caf), offre à l’utilisateur la possibilité d’accéder à un espace numérique appelé « Mon Compte ». Cet espace lui permet de : communiquer à la Caf des informations le concernant ainsi que les membres de son foyer ; réaliser des simulations de droits ; faire des demandes de prestations et de services ; consulter des informations disponibles à sa disposition. Accès à l’Espace Mon Compte. L’accès à Mon Compte se fait avec le numéro de Sécurité sociale (ou l’identifiant provisoire) et un mot de passe personnel, ou avec FranceConnect. Le mot de passe est strictement personnel et confidentiel. La Caf n’y a pas accès. L’utilisateur s’engage à ne pas le communiquer et à se déconnecter à la fin de chaque consultation. Décisions prises sur le fondement d’un traitement automatisé. La Caf, dans le cadre de la loi du 29 mai 2019, a prononcé des décisions administratives individuelles fondées sur une mise en œuvre des traitements automatisés. Ces décisions sont prises dans le respect de l’article L 311-3-1 et suivants du Code des relations entre le public et l’administration et rappellent à l’utilisateur son droit d’obtenir communication des règles et principales caractéristiques du traitement, les modalités d’exercice de ce droit et les possibilités de recours en cas de refus. Protection des données personnelles. Les informations recueillies sont nécessaires au traitement de vos demandes et au calcul de vos droits. Elles sont destinées à votre Caf et aux organismes habilités. Vous disposez d’un droit d’accès, de rectification et de limitation des données vous concernant, que vous pouvez exercer auprès du délégué à la protection des données de votre Caf. Responsabilité de l’utilisateur. L’utilisateur s’engage à fournir des informations exactes et à signaler sans délai tout changement de situation. Toute fausse déclaration peut entraîner le remboursement des sommes perçues à tort et des sanctions.",
        "fr-x-facile": "Les règles pour utiliser mon compte Caf (CGU). Je me connecte pour la première fois. Étape 1 sur 4. Mon compte. Je remplis toutes les cases. Sauf les cases marquées « facultatif ». Je lis les règles pour utiliser mon compte Caf. Ce sont les CGU. J’accepte les règles : je peux aller sur mon compte. Règles d’utilisation de l’Espace Mon Compte. Préambule. La branche Famille de la Sécurité sociale, via la Caisse nationale d’Allocations familiales (Cnaf), éditeur du site www.caf.fr, et les caisses d’Allocations familiales (Caf), offre à l’utilisateur la possibilité d’accéder à un espace numérique appelé « Mon Compte ». Cet espace lui permet de : communiquer à la Caf des informations le concernant ainsi que les membres de son foyer ; réaliser des simulations de droits ; faire des demandes de prestations et de services ; consulter des informations disponibles à sa disposition. Accès à l’Espace Mon Compte. L’accès à Mon Compte se fait avec le numéro de Sécurité sociale (ou l’identifiant provisoire) et un mot de passe personnel, ou avec FranceConnect. Le mot de passe est strictement personnel et confidentiel. La Caf n’y a pas accès. L’utilisateur s’engage à ne pas le communiquer et à se déconnecter à la fin de chaque consultation. Décisions prises sur le fondement d’un traitement automatisé. La Caf, dans le cadre de la loi du 29 mai 2019, a prononcé des décisions administratives individuelles fondées sur une mise en œuvre des traitements automatisés. Ces décisions sont prises dans le respect de l’article L 311-3-1 et suivants du Code des relations entre le public et l’administration et rappellent à l’utilisateur son droit d’obtenir communication des règles et principales caractéristiques du traitement, les modalités d’exercice de ce droit et les possibilités de recours en cas de refus. Protection des données personnelles. Les informations recueillies sont nécessaires au traitement de vos demandes et au calcul de vos droits. Elles sont destinées à votre Caf et aux organismes habilités. Vous disposez d’un droit d’accès, de rectification et de limitation des données vous concernant, que vous pouvez exercer auprès du délégué à la protection des données de votre Caf. Responsabilité de l’utilisateur. L’utilisateur s’engage à fournir des informations exactes et à signaler sans délai tout changement de situation. Toute fausse déclaration peut entraîner le remboursement des sommes perçues à tort et des sanctions.",
      }
    `);
  });
  it('migration-password', async () => {
    expect(await spoken('migration-password')).toMatchInlineSnapshot(`
      {
        "ar": "كلمة المرور. دخولي الأول. الخطوة 1 من 4. ملفي. جميع الخانات إلزامية ما لم يُذكر خلاف ذلك. في دخولي الأول، أختار كلمة مروري الشخصية. لأسباب أمنية، يجب احترام القواعد التالية: من 8 إلى 24 خانة. رقم واحد. حرف لاتيني صغير واحد. حرف لاتيني كبير واحد. حروف لاتينية دون نبرات وأرقام فقط",
        "en": "My password. My first login. Step 1 of 4. My profile. All fields are required unless marked otherwise. For my first login, I choose my own password. For security reasons, the following rules must be met: 8 to 24 characters. 1 digit. 1 lower-case letter. 1 capital letter. only letters without accents, and digits",
        "en-x-facile": "My new password. I log in for the first time. Step 1 of 4. My account. I fill in every box. Except the boxes marked “optional”. I choose my new password. My password must have: 8 to 24 characters. 1 digit. For example: 7. 1 small letter. For example: m. 1 capital letter. For example: M. letters and digits, without accents",
        "fr": "Mon mot de passe. Ma première connexion. Étape 1 sur 4. Mon profil. Tous les champs sont obligatoires, sauf mention contraire. Pour ma 1ère connexion, je choisis mon mot de passe personnel. Pour des raisons de sécurité, les règles suivantes doivent être respectées : 8 à 24 caractères. 1 chiffre. 1 lettre minuscule. 1 lettre majuscule. seulement des lettres sans accent et des chiffres",
        "fr-x-facile": "Mon nouveau mot de passe. Je me connecte pour la première fois. Étape 1 sur 4. Mon compte. Je remplis toutes les cases. Sauf les cases marquées « facultatif ». Je choisis mon nouveau mot de passe. Dans mon mot de passe, il faut : 8 à 24 caractères. 1 chiffre. Par exemple : 7. 1 lettre minuscule. Par exemple : m. 1 lettre majuscule. Par exemple : M. des lettres et des chiffres, sans accent",
      }
    `);
  });
  it('migration-contact', async () => {
    expect(await spoken('migration-contact')).toMatchInlineSnapshot(`
      {
        "ar": "بيانات الاتصال. دخولي الأول. الخطوة 2 من 4. الاتصال. جميع الخانات إلزامية ما لم يُذكر خلاف ذلك. لكي تُعلمكم الـCaf في أسرع وقت بالوثائق اللازمة لحساب إعاناتكم، يُرجى إدخال رقم هاتفكم المحمول و/أو البريد الإلكتروني الذي تستعملونه يوميًا.",
        "en": "Contact details. My first login. Step 2 of 4. Contact. All fields are required unless marked otherwise. So that your Caf can tell you quickly what documents it needs to work out your benefits, please give your mobile number and/or the e-mail address you use every day.",
        "en-x-facile": "How the Caf can reach me. I log in for the first time. Step 2 of 4. How to reach me. I fill in every box. Except the boxes marked “optional”. I write my mobile phone number or my e-mail address. Then the Caf can quickly tell me which papers to give.",
        "fr": "Coordonnées de contact. Ma première connexion. Étape 2 sur 4. Contact. Tous les champs sont obligatoires, sauf mention contraire. Pour que votre Caf vous informe au plus vite sur les éléments à fournir pour calculer vos aides, merci de renseigner votre numéro de téléphone portable et/ou l’adresse mail que vous utilisez au quotidien.",
        "fr-x-facile": "Comment la Caf peut me joindre. Je me connecte pour la première fois. Étape 2 sur 4. Comment me joindre. Je remplis toutes les cases. Sauf les cases marquées « facultatif ». J’écris mon numéro de téléphone portable ou mon adresse mail. La Caf peut ainsi me dire vite les papiers à donner.",
      }
    `);
  });
  it('migration-code', async () => {
    expect(await spoken('migration-code')).toMatchInlineSnapshot(`
      {
        "ar": "التحقق من بيانات الاتصال. دخولي الأول. الخطوة 2 من 4. الاتصال. أرسلنا إليكم للتو رمز تحقق برسالة قصيرة إلى الرقم التالي 06 12 34 56 78. يُرجى إدخاله. هذا الرمز صالح لمدة 10 دقائق.",
        "en": "Checking your contact details. My first login. Step 2 of 4. Contact. We have just sent you a verification code by text message to this number: 06 12 34 56 78. Please enter it. This code is valid for 10 minutes.",
        "en-x-facile": "I write the code. I log in for the first time. Step 2 of 4. How to reach me. The Caf sent me a code by text message. To the number 06 12 34 56 78. I write this code. The code works for 10 minutes.",
        "fr": "Vérification de vos coordonnées de contact. Ma première connexion. Étape 2 sur 4. Contact. Nous venons de vous envoyer un code de vérification par SMS au numéro suivant 06 12 34 56 78. Merci de le saisir. Ce code est valable 10 minutes.",
        "fr-x-facile": "J’écris le code. Je me connecte pour la première fois. Étape 2 sur 4. Comment me joindre. La Caf m’a envoyé un code par SMS. Au numéro 06 12 34 56 78. J’écris ce code. Le code marche pendant 10 minutes.",
      }
    `);
  });
  it('migration-recap', async () => {
    expect(await spoken('migration-recap')).toMatchInlineSnapshot(`
      {
        "ar": "الملخّص. دخولي الأول. الخطوة 3 من 4. تم التحقق من بيانات الاتصال الخاصة بكم. هذا ما سجّلته الـ Caf: معرّفي. 2 78 0506 088 101. الهاتف المحمول. 06 12 34 56 78. هاتف آخر. غير مذكور. البريد الإلكتروني. veronique.fontaine@example.fr",
        "en": "Summary. My first login. Step 3 of 4. Your contact details are verified. This is what the Caf has recorded: My identifier. 2 78 0506 088 101. Mobile phone. 06 12 34 56 78. Other phone. Not given. E-mail address. veronique.fontaine@example.fr",
        "en-x-facile": "I check. I log in for the first time. Step 3 of 4. The Caf has checked my number or my e-mail address. This is what the Caf keeps: My number to go to my Caf account. 2 78 0506 088 101. My mobile phone number. 06 12 34 56 78. Another phone number. Not given. My e-mail address. veronique.fontaine@example.fr",
        "fr": "Récapitulatif. Ma première connexion. Étape 3 sur 4. Vos coordonnées de contact sont vérifiées. Voici ce que la Caf a enregistré : Mon identifiant. 2 78 0506 088 101. Téléphone portable. 06 12 34 56 78. Autre téléphone. Non renseigné. Adresse mail. veronique.fontaine@example.fr",
        "fr-x-facile": "Je vérifie. Je me connecte pour la première fois. Étape 3 sur 4. La Caf a vérifié mon numéro ou mon adresse mail. Voici ce que la Caf a gardé : Mon numéro pour aller sur mon compte Caf. 2 78 0506 088 101. Mon numéro de téléphone portable. 06 12 34 56 78. Un autre numéro de téléphone. Pas donné. Mon adresse mail. veronique.fontaine@example.fr",
      }
    `);
  });
  it('migration-end', async () => {
    expect(await spoken('migration-end')).toMatchInlineSnapshot(`
      {
        "ar": "النهاية. دخولي الأول. الخطوة 4 من 4. للدخول في المرة القادمة. من الآن، يجب أن أكتب: الأرقام الـ 13 الأولى من رقم الضمان الاجتماعي: 2 78 0506 088 101. كلمة السر الجديدة للـ Caf (8 رموز على الأقل؛ الرمز يمكن أن يكون حرفًا أو رقمًا). لم أعد أكتب رقم المستفيد ولا كلمة السر القديمة المكونة من 8 أرقام. كلمة السر سرية، لا أعطيها لأحد. أحتفظ بها للمرة القادمة.",
        "en": "End. My first login. Step 4 of 4. For my next login. From now on, I must enter: the first 13 digits of my social security number: 2 78 0506 088 101. my new Caf password (at least 8 characters; a character can be a letter or a digit). I no longer enter my allocataire number or my old 8-digit password. My password is secret, I give it to no one. I keep it for next time.",
        "en-x-facile": "It is finished. I log in for the first time. Step 4 of 4. Next time. To go to my Caf account, I write: the first 13 digits of my social security number: 2 78 0506 088 101. my new password. It has at least 8 characters. A character is a letter or a digit. I no longer write my allocataire number. I no longer write my old 8-digit password. My password is secret, I give it to no one. I keep it for next time.",
        "fr": "Fin. Ma première connexion. Étape 4 sur 4. Pour ma prochaine connexion. Désormais, je dois écrire : les 13 premiers chiffres de mon numéro de Sécurité sociale : 2 78 0506 088 101. mon nouveau mot de passe de la Caf (au moins 8 caractères ; un caractère peut être une lettre ou un chiffre). Je n’écris plus mon numéro allocataire ni mon ancien mot de passe à 8 chiffres. Mon mot de passe est secret, je ne le donne à personne. Je le garde pour la prochaine fois.",
        "fr-x-facile": "C’est fini. Je me connecte pour la première fois. Étape 4 sur 4. La prochaine fois. Pour aller sur mon compte Caf, j’écris : les 13 premiers chiffres de mon numéro de sécurité sociale : 2 78 0506 088 101. mon nouveau mot de passe. Il a au moins 8 caractères. Un caractère, c’est une lettre ou un chiffre. Je n’écris plus mon numéro allocataire. Je n’écris plus mon ancien mot de passe à 8 chiffres. Mon mot de passe est secret, je ne le donne à personne. Je le garde pour la prochaine fois.",
      }
    `);
  });
});

describe('FranceConnect', () => {
  it('franceconnect', async () => {
    expect(await spoken('franceconnect')).toMatchInlineSnapshot(`
      {
        "ar": "الدخول عبر FranceConnect. ستختارون الحساب الذي تدخلون به: impots.gouv.fr أو ameli.fr أو L’Identité Numérique La Poste أو MSA أو Yris أو France Identité. ثم تعودون إلى Mon Compte. جارٍ فتح FranceConnect…",
        "en": "Logging in with FranceConnect. Log in with FranceConnect. You will choose the account to log in with: impots.gouv.fr, ameli.fr, L’Identité Numérique La Poste, MSA, Yris or France Identité. Then you will come back to Mon Compte. Opening FranceConnect…",
        "en-x-facile": "I use my account from another State website. I use FranceConnect. I choose a website where I already have an account. For example: ameli.fr or impots.gouv.fr. I write my number and my password for this website. Then I come back to my Caf account. FranceConnect is opening…",
        "fr": "Connexion avec FranceConnect. S’identifier avec FranceConnect. Vous allez choisir le compte avec lequel vous connecter : impots.gouv.fr, ameli.fr, L’Identité Numérique La Poste, MSA, Yris ou France Identité. Puis vous reviendrez sur Mon Compte. Ouverture de FranceConnect…",
        "fr-x-facile": "J’utilise mon compte d’un autre site de l’État. J’utilise FranceConnect. Je choisis un site où j’ai déjà un compte. Par exemple : ameli.fr ou impots.gouv.fr. J’écris mon numéro et mon mot de passe de ce site. Puis je reviens sur mon compte Caf. FranceConnect s’ouvre…",
      }
    `);
  });
  it('franceconnect-return', async () => {
    expect(await spoken('franceconnect-return')).toMatchInlineSnapshot(`
      {
        "ar": "العودة من FranceConnect. الدخول عبر FranceConnect. لقد ألغيتم الدخول عبر FranceConnect. يمكنكم إعادة المحاولة أو الدخول بطريقة أخرى.",
        "en": "Back from FranceConnect. Log in with FranceConnect. You cancelled logging in with FranceConnect. You can try again or log in another way.",
        "en-x-facile": "I come back from FranceConnect. I use FranceConnect. I stopped FranceConnect. I can try again. Or I can write my social security number.",
        "fr": "Retour de FranceConnect. S’identifier avec FranceConnect. Vous avez annulé la connexion avec FranceConnect. Vous pouvez réessayer ou vous connecter autrement.",
        "fr-x-facile": "Je reviens de FranceConnect. J’utilise FranceConnect. J’ai arrêté FranceConnect. Je peux essayer encore. Ou je peux écrire mon numéro de sécurité sociale.",
      }
    `);
  });
});

describe('the account space', () => {
  it('account-space', async () => {
    expect(await spoken('account-space')).toMatchInlineSnapshot(`
      {
        "ar": "Mon Compte. الشخص المتصل: VERONIQUE F. آخر دفعة لي. بتاريخ 05/11/2026. 258,34 €. * مدفوعة إلى طرف آخر",
        "en": "Mon Compte. Person logged in: VERONIQUE F. My last payment. on 05/11/2026. 258,34 €. * Paid to a third party",
        "en-x-facile": "My Caf account. I am on my Caf account: VERONIQUE F. The money I got from the Caf last time. on 05/11/2026. 258,34 €. * The Caf paid another person for me. For example: my landlord.",
        "fr": "Mon Compte. Personne connectée : VERONIQUE F. Mon dernier paiement. le 05/11/2026. 258,34 €. * Versé à un tiers",
        "fr-x-facile": "Mon compte Caf. Je suis sur mon compte Caf : VERONIQUE F. L’argent reçu de la Caf la dernière fois. le 05/11/2026. 258,34 €. * La Caf a payé une autre personne pour moi. Par exemple : mon propriétaire.",
      }
    `);
  });
  it('account-allocations', async () => {
    expect(await spoken('account-allocations')).toMatchInlineSnapshot(`
      {
        "ar": "تفاصيل إعاناتي. الشخص المتصل: VERONIQUE F. Aide personnalisée au logement. منذ 01/03/2024. 258,34 € شهريًا",
        "en": "The details of my benefits. Person logged in: VERONIQUE F. Aide personnalisée au logement. since 01/03/2024. 258,34 € a month",
        "en-x-facile": "My help from the Caf. I am on my Caf account: VERONIQUE F. Aide personnalisée au logement. since 01/03/2024. 258,34 € every month",
        "fr": "Le détail de mes allocations. Personne connectée : VERONIQUE F. Aide personnalisée au logement. depuis le 01/03/2024. 258,34 € par mois",
        "fr-x-facile": "Mes aides de la Caf. Je suis sur mon compte Caf : VERONIQUE F. Aide personnalisée au logement. depuis le 01/03/2024. 258,34 € chaque mois",
      }
    `);
  });
  it('account-releve', async () => {
    expect(await spoken('account-releve')).toMatchInlineSnapshot(`
      {
        "ar": "كشف حسابي. الشخص المتصل: VERONIQUE F. التاريخ. الإعانة. المبلغ. 05/11/2026. Aide personnalisée au logement. 258,34 €*. * مدفوعة إلى طرف آخر",
        "en": "My account statement. Person logged in: VERONIQUE F. Date. Benefit. Amount. 05/11/2026. Aide personnalisée au logement. 258,34 €*. * Paid to a third party",
        "en-x-facile": "All the money paid by the Caf. I am on my Caf account: VERONIQUE F. Date. The help. Amount. 05/11/2026. Aide personnalisée au logement. 258,34 €*. * The Caf paid another person for me. For example: my landlord.",
        "fr": "Mon relevé de compte. Personne connectée : VERONIQUE F. Date. Prestation. Montant. 05/11/2026. Aide personnalisée au logement. 258,34 €*. * Versé à un tiers",
        "fr-x-facile": "Tout l’argent payé par la Caf. Je suis sur mon compte Caf : VERONIQUE F. Date. L’aide. Montant. 05/11/2026. Aide personnalisée au logement. 258,34 €*. * La Caf a payé une autre personne pour moi. Par exemple : mon propriétaire.",
      }
    `);
  });
  it('account-attestations', async () => {
    expect(await spoken('account-attestations')).toMatchInlineSnapshot(`
      {
        "ar": "شهاداتي. الشخص المتصل: VERONIQUE F.",
        "en": "My certificates. Person logged in: VERONIQUE F.",
        "en-x-facile": "My certificates. They are papers that say what I get. I am on my Caf account: VERONIQUE F.",
        "fr": "Mes attestations. Personne connectée : VERONIQUE F.",
        "fr-x-facile": "Mes attestations. Ce sont des papiers qui disent ce que je reçois. Je suis sur mon compte Caf : VERONIQUE F.",
      }
    `);
  });
  it('account-courriers', async () => {
    expect(await spoken('account-courriers')).toMatchInlineSnapshot(`
      {
        "ar": "رسائلي وبريدي الإلكتروني. الشخص المتصل: VERONIQUE F.",
        "en": "My letters and e-mails. Person logged in: VERONIQUE F.",
        "en-x-facile": "My letters and e-mails from the Caf. I am on my Caf account: VERONIQUE F.",
        "fr": "Mes courriers, courriels. Personne connectée : VERONIQUE F.",
        "fr-x-facile": "Mes lettres et mes mails de la Caf. Je suis sur mon compte Caf : VERONIQUE F.",
      }
    `);
  });
  it('account-demarches', async () => {
    expect(await spoken('account-demarches')).toMatchInlineSnapshot(`
      {
        "ar": "إجراءاتي. الشخص المتصل: VERONIQUE F. الطلب الذي بدأتموه ولم تُرسلوه بعد يُحفظ 30 يومًا بعد آخر خطوة محفوظة. لا يوجد أي إجراء حاليًا.",
        "en": "My applications. Person logged in: VERONIQUE F. An application started and not yet sent is kept for 30 days after the last step saved. No application for the moment.",
        "en-x-facile": "My requests. I am on my Caf account: VERONIQUE F. I started a request but did not send it? The kiosk keeps it for 30 days. I have no request yet.",
        "fr": "Mes démarches. Personne connectée : VERONIQUE F. Une demande commencée et pas encore envoyée est conservée 30 jours après la dernière étape enregistrée. Aucune démarche pour le moment.",
        "fr-x-facile": "Mes demandes. Je suis sur mon compte Caf : VERONIQUE F. J’ai commencé une demande mais je ne l’ai pas envoyée ? La borne la garde 30 jours. Je n’ai pas encore de demande.",
      }
    `);
  });
});

describe('the household', () => {
  it('household-contact', async () => {
    expect(await spoken('household-contact')).toMatchInlineSnapshot(`
      {
        "ar": "تعديل بيانات الاتصال. الشخص المتصل: VERONIQUE F. بياناتي الحالية. الهاتف المحمول. 06 12 34 56 78. البريد الإلكتروني. veronique.fontaine@example.fr. اختاروا طريقة تلقّي رمز التحقق. سيُرسَل الرمز إلى بياناتكم الجديدة.",
        "en": "Change my contact details. Person logged in: VERONIQUE F. My current details. Mobile phone. 06 12 34 56 78. E-mail address. veronique.fontaine@example.fr. Choose how to receive the verification code. The code will be sent to your new details.",
        "en-x-facile": "I change my phone number or my e-mail address. I am on my Caf account: VERONIQUE F. My number and my e-mail address today. My mobile phone. 06 12 34 56 78. My e-mail address. veronique.fontaine@example.fr. I choose how to get the code. The Caf sends the code to the new number or the new e-mail address.",
        "fr": "Modifier mes coordonnées de contact. Personne connectée : VERONIQUE F. Mes coordonnées actuelles. Téléphone portable. 06 12 34 56 78. Adresse mail. veronique.fontaine@example.fr. Choisissez comment recevoir le code de vérification. Le code sera envoyé à vos nouvelles coordonnées.",
        "fr-x-facile": "Je change mon numéro de téléphone ou mon adresse mail. Je suis sur mon compte Caf : VERONIQUE F. Mon numéro et mon adresse mail aujourd’hui. Mon téléphone portable. 06 12 34 56 78. Mon adresse mail. veronique.fontaine@example.fr. Je choisis comment recevoir le code. La Caf envoie le code au nouveau numéro ou à la nouvelle adresse mail.",
      }
    `);
  });
  it('household-separation', async () => {
    expect(await spoken('household-separation')).toMatchInlineSnapshot(`
      {
        "ar": "التصريح بانفصال. الشخص المتصل: VERONIQUE F. أدخلوا تاريخ انفصالكم ومكان سكنكم الآن.",
        "en": "Report a separation. Person logged in: VERONIQUE F. Give the date of your separation and where you live now.",
        "en-x-facile": "I stop living with my partner. I am on my Caf account: VERONIQUE F. I write the day we stopped living together. I say where I live now.",
        "fr": "Déclarer une séparation. Personne connectée : VERONIQUE F. Indiquez la date de votre séparation et où vous habitez désormais.",
        "fr-x-facile": "Je me sépare. Je suis sur mon compte Caf : VERONIQUE F. J’écris la date de ma séparation. Je dis où j’habite maintenant.",
      }
    `);
  });
  it('household-separation-done', async () => {
    expect(await spoken('household-separation-done')).toMatchInlineSnapshot(`
      {
        "ar": "تم التصريح بانفصالكم. الشخص المتصل: VERONIQUE F. ما صرّحتم به. تاريخ الانفصال. 15/11/2026. المسكن. أبقى في المسكن. سُجّل التصريح بتاريخ. 02/12/2026 11:00. وماذا الآن؟ تسجّل الـCaf تصريحكم وتعيد دراسة حقوق كل شخص ابتداءً من تاريخ الانفصال. إذا احتاجت الـCaf إلى وثيقة مُثبِتة، فستراسلكم في « رسائلي وبريدي الإلكتروني » أو على بيانات الاتصال الخاصة بكم. قد تتغيّر إعاناتكم: سيُبلَّغ إليكم المبلغ الجديد برسالة. يمكنكم الاستعلام في استقبال الـCaf أو بالهاتف.",
        "en": "Your separation has been reported. Person logged in: VERONIQUE F. What you reported. Date of the separation. 15/11/2026. Home. I stay in the home. Report recorded on. 02/12/2026 11:00. What happens now? The Caf records your report and works out again what each person is entitled to from the date of the separation. If the Caf needs a supporting document, it writes to you in “My letters and e-mails” or at your contact details. Your benefits may change: you will be told the new amount by letter. You can ask for information at the Caf’s reception desk or by phone.",
        "en-x-facile": "The Caf knows that I stopped living with my partner. I am on my Caf account: VERONIQUE F. What I told the Caf. The day we stopped living together. 15/11/2026. My home. I stay in the home. I told the Caf on. 02/12/2026 11:00. What happens now? The Caf looks at the help of each person. From the day we stopped living together. Does the Caf need a paper? It writes to me in “My letters and e-mails from the Caf”. Or by text message or e-mail. My help may change. The Caf sends me a letter with the new amount. I have a question? I ask at the Caf’s reception desk. Or I phone the Caf.",
        "fr": "Votre séparation est déclarée. Personne connectée : VERONIQUE F. Ce que vous avez déclaré. Date de la séparation. 15/11/2026. Logement. Je reste dans le logement. Déclaration enregistrée le. 02/12/2026 11:00. Et maintenant ? La Caf enregistre votre déclaration et étudie à nouveau les droits de chacun à partir de la date de séparation. Si la Caf a besoin d’une pièce justificative, elle vous écrit dans « Mes courriers, courriels » ou à vos coordonnées de contact. Vos prestations peuvent changer : le nouveau montant vous sera indiqué par courrier. Vous pouvez vous renseigner à l’accueil de la Caf ou au téléphone.",
        "fr-x-facile": "La Caf a reçu ma séparation. Je suis sur mon compte Caf : VERONIQUE F. Ce que j’ai dit à la Caf. La date de ma séparation. 15/11/2026. Mon logement. Je reste dans le logement. La Caf a reçu ma séparation le. 02/12/2026 11:00. Et maintenant ? La Caf regarde les aides de chaque personne. Depuis la date de la séparation. La Caf a besoin d’un papier ? Elle m’écrit dans « Mes lettres et mes mails de la Caf ». Ou par SMS ou par mail. Mes aides peuvent changer. La Caf m’envoie une lettre avec le nouveau montant. J’ai une question ? Je demande à l’accueil de la Caf. Ou j’appelle la Caf.",
      }
    `);
  });
  it('household-autorisation', async () => {
    expect(await spoken('household-autorisation')).toMatchInlineSnapshot(`
      {
        "ar": "إذن التسيير. الشخص المتصل: VERONIQUE F. بصفتكم المسؤول عن الملف، يمكنكم منح زوجكم أو زوجتكم حق الدخول إلى حساب الـCaf. عندئذٍ يمكنه أو يمكنها القيام بالإجراءات للأسرة، والرد على طلبات الـCaf، والاستعلام في الاستقبال أو بالهاتف. أفراد الأسرة. VERONIQUE F. المسؤول عن الملف",
        "en": "Permission to manage the file. Person logged in: VERONIQUE F. As the person in charge of the file, you can give your partner access to the Caf account. Your partner can then make applications for the household, answer the Caf’s requests and get information at the reception desk or by phone. Members of the household. VERONIQUE F. person in charge of the file",
        "en-x-facile": "The right to act for the household. I am on my Caf account: VERONIQUE F. I look after the Caf file. I can give my partner the right to act. Then my partner can do things for the household. My partner can answer the Caf. My partner can ask questions at the reception desk or on the phone. The people in my household. VERONIQUE F. the person who looks after the Caf file",
        "fr": "Autorisation de gestion. Personne connectée : VERONIQUE F. En tant que responsable du dossier, vous pouvez donner accès à votre conjoint au compte Caf. Il aura alors la possibilité de réaliser les démarches pour le foyer, répondre aux sollicitations de la Caf ou obtenir des renseignements à l’accueil ou au téléphone. Les membres du foyer. VERONIQUE F. responsable du dossier",
        "fr-x-facile": "Le droit d’agir pour le foyer. Je suis sur mon compte Caf : VERONIQUE F. Je m’occupe du dossier Caf. Je peux donner le droit d’agir à mon conjoint. Il pourra alors faire les démarches pour le foyer. Il pourra répondre à la Caf. Il pourra poser des questions à l’accueil ou au téléphone. Les personnes de mon foyer. VERONIQUE F. la personne qui s’occupe du dossier Caf",
      }
    `);
  });
});

describe('the aide au logement request', () => {
  it('aide-logement-start', async () => {
    expect(await spoken('aide-logement-start')).toMatchInlineSnapshot(`
      {
        "ar": "طلب إعانة السكن. حسابكم لا يسمح بتقديم طلب للأسرة. يمكن للمسؤول عن الملف أن يمنحكم إذن التسيير. يمكنكم أيضًا التوجّه إلى استقبال الـCaf.",
        "en": "Housing benefit application. Your account does not allow you to apply for the household. The person in charge of the file can give you permission to manage it. You can also ask at the Caf’s reception desk.",
        "en-x-facile": "I ask for help with my home. I cannot make this request for my household. The person who looks after the Caf file can give me the right to act. Or I ask at the Caf’s reception desk.",
        "fr": "Demande d’aide au logement. Votre compte ne permet pas de faire une demande pour le foyer. Le responsable du dossier peut vous donner une autorisation de gestion. Vous pouvez aussi vous adresser à l’accueil de la Caf.",
        "fr-x-facile": "Je demande une aide pour mon logement. Je ne peux pas faire cette demande pour mon foyer. La personne qui s’occupe du dossier Caf peut me donner le droit d’agir. Ou je demande à l’accueil de la Caf.",
      }
    `);
  });
  it('aide-logement-foyer', async () => {
    expect(await spoken('aide-logement-foyer')).toMatchInlineSnapshot(`
      {
        "ar": "من يسكن في المسكن؟ طلب إعانة السكن. الخطوة 1 من 6. الأشخاص المقيمون في المسكن. اذكروا كل الأشخاص الذين يسكنون معكم في هذا المسكن. أنتم مذكورون في القائمة مسبقًا. أنتم — VERONIQUE FONTAINE، مولود(ة) بتاريخ 12/05/1978",
        "en": "Who lives in the home? Housing benefit application. Step 1 of 6. The people in the home. Give every person who lives with you in this home. You are already on the list. You — VERONIQUE FONTAINE, born on 12/05/1978",
        "en-x-facile": "Who lives with me? I ask for help with my home. Step 1 of 6. Who lives with me. I write all the people who live with me in this home. My name is already on the list. Me — VERONIQUE FONTAINE, born on 12/05/1978",
        "fr": "Qui vit dans le logement ? Demande d’aide au logement. Étape 1 sur 6. Les personnes du logement. Indiquez toutes les personnes qui vivent avec vous dans ce logement. Vous êtes déjà dans la liste. Vous — VERONIQUE FONTAINE, né(e) le 12/05/1978",
        "fr-x-facile": "Qui habite avec moi ? Je demande une aide pour mon logement. Étape 1 sur 6. Qui habite avec moi. J’écris toutes les personnes qui habitent avec moi dans ce logement. Mon nom est déjà dans la liste. Moi — VERONIQUE FONTAINE, né(e) le 12/05/1978",
      }
    `);
  });
  it('aide-logement-logement', async () => {
    expect(await spoken('aide-logement-logement')).toMatchInlineSnapshot(`
      {
        "ar": "المسكن. طلب إعانة السكن. الخطوة 2 من 6. المسكن الذي تطلبون الإعانة من أجله: مسكنكم الرئيسي.",
        "en": "The home. Housing benefit application. Step 2 of 6. The home for which you are asking for help: your main home.",
        "en-x-facile": "My home. I ask for help with my home. Step 2 of 6. The home where I live all year.",
        "fr": "Le logement. Demande d’aide au logement. Étape 2 sur 6. Le logement pour lequel vous demandez l’aide : votre résidence principale.",
        "fr-x-facile": "Mon logement. Je demande une aide pour mon logement. Étape 2 sur 6. Le logement où j’habite toute l’année.",
      }
    `);
  });
  it('aide-logement-loyer', async () => {
    expect(await spoken('aide-logement-loyer')).toMatchInlineSnapshot(`
      {
        "ar": "الإيجار. طلب إعانة السكن. الخطوة 3 من 6. الإيجار أو القرض. المبالغ الشهرية، باليورو.",
        "en": "The rent. Housing benefit application. Step 3 of 6. The rent or the loan. The amounts for each month, in euros.",
        "en-x-facile": "My rent. I ask for help with my home. Step 3 of 6. My rent or my loan. What I pay every month. In euros.",
        "fr": "Le loyer. Demande d’aide au logement. Étape 3 sur 6. Le loyer ou le prêt. Les sommes de chaque mois, en euros.",
        "fr-x-facile": "Mon loyer. Je demande une aide pour mon logement. Étape 3 sur 6. Mon loyer ou mon prêt. Ce que je paie chaque mois. En euros.",
      }
    `);
  });
  it('aide-logement-ressources', async () => {
    expect(await spoken('aide-logement-ressources')).toMatchInlineSnapshot(`
      {
        "ar": "الموارد. طلب إعانة السكن. الخطوة 4 من 6. لكل شخص في المسكن: ما تلقّاه خلال الأشهر الـ12 الأخيرة (أجور، تعويضات البطالة، معاشات، منح دراسية…).",
        "en": "Income. Housing benefit application. Step 4 of 6. For each person in the home: what they received in the last 12 months (wages, unemployment benefit, pensions, grants…).",
        "en-x-facile": "The money I got. I ask for help with my home. Step 4 of 6. For each person in the home: the money they got in the last 12 months. For example: wages, unemployment money, a pension.",
        "fr": "Les ressources. Demande d’aide au logement. Étape 4 sur 6. Pour chaque personne du logement : ce qu’elle a reçu pendant les 12 derniers mois (salaires, allocations chômage, pensions, bourses…).",
        "fr-x-facile": "L’argent reçu. Je demande une aide pour mon logement. Étape 4 sur 6. Pour chaque personne du logement : l’argent reçu pendant les 12 derniers mois. Par exemple : le salaire, le chômage, une pension.",
      }
    `);
  });
  it('aide-logement-banque', async () => {
    expect(await spoken('aide-logement-banque')).toMatchInlineSnapshot(`
      {
        "ar": "الحساب البنكي. طلب إعانة السكن. الخطوة 5 من 6. الحساب الذي ستدفع فيه الـCaf إعانة السكن.",
        "en": "The bank account. Housing benefit application. Step 5 of 6. The account into which the Caf will pay the housing benefit.",
        "en-x-facile": "My bank account. I ask for help with my home. Step 5 of 6. The Caf will pay the help into this bank account.",
        "fr": "Le compte bancaire. Demande d’aide au logement. Étape 5 sur 6. Le compte sur lequel la Caf versera l’aide au logement.",
        "fr-x-facile": "Mon compte en banque. Je demande une aide pour mon logement. Étape 5 sur 6. La Caf va payer l’aide sur ce compte en banque.",
      }
    `);
  });
  it('aide-logement-recapitulatif', async () => {
    expect(await spoken('aide-logement-recapitulatif')).toMatchInlineSnapshot(`
      {
        "ar": "الملخّص. طلب إعانة السكن. الخطوة 6 من 6. تحقّقوا من أجوبتكم. المسوا « تعديل » لتصحيح جزء. الأشخاص المقيمون في المسكن",
        "en": "Summary. Housing benefit application. Step 6 of 6. Check your answers. Touch “Change” to correct a part. The people in the home",
        "en-x-facile": "I check my request. I ask for help with my home. Step 6 of 6. I check. I read my answers. An answer is not right? I touch “Change”. Who lives with me",
        "fr": "Récapitulatif. Demande d’aide au logement. Étape 6 sur 6. Vérifiez vos réponses. Touchez « Modifier » pour corriger une partie. Les personnes du logement",
        "fr-x-facile": "Je vérifie ma demande. Je demande une aide pour mon logement. Étape 6 sur 6. Je vérifie. Je lis mes réponses. Une réponse n’est pas juste ? Je touche « Modifier ». Qui habite avec moi",
      }
    `);
  });
  it('aide-logement-sent', async () => {
    expect(await spoken('aide-logement-sent')).toMatchInlineSnapshot(`
      {
        "ar": "أُرسل طلبكم بنجاح. رقم طلبكم: AL-2026-000123. أُرسل بتاريخ 2 ديسمبر 2026 في 11:00. ستدرس الـCaf طلبكم. ستصلكم رسالة في « رسائلي وبريدي الإلكتروني ». يمكنكم متابعة طلبكم في « إجراءاتي ».",
        "en": "Your application has been sent. Number of your application: AL-2026-000123. Sent on 2 December 2026 at 11:00. The Caf will study your application. You will receive a letter in “My letters and e-mails”. You can follow your application in “My applications”.",
        "en-x-facile": "My request is sent. The number of my request: AL-2026-000123. Sent on 2 December 2026 at 11:00. The Caf will look at my request. The Caf sends me a letter in “My letters and e-mails from the Caf”. I can see my request in “My requests”.",
        "fr": "Votre demande a bien été envoyée. Numéro de votre demande : AL-2026-000123. Envoyée le 2 décembre 2026 à 11:00. La Caf va étudier votre demande. Vous recevrez un courrier dans « Mes courriers, courriels ». Vous pouvez suivre votre demande dans « Mes démarches ».",
        "fr-x-facile": "Ma demande est envoyée. Le numéro de ma demande : AL-2026-000123. Envoyée le 2 décembre 2026 à 11:00. La Caf va regarder ma demande. La Caf m’envoie une lettre dans « Mes lettres et mes mails de la Caf ». Je peux voir ma demande dans « Mes demandes ».",
      }
    `);
  });
});

describe('« Accessibilité »', () => {
  it('accessibility', async () => {
    expect(await spoken('accessibility')).toMatchInlineSnapshot(`
      {
        "ar": "إمكانية الوصول. يمكن للجهاز أن يتكيّف معكم. هذا ما يقدّمه، وكيف تفعّلونه. في نهاية زيارتكم، يعود كل شيء كما كان. تكبير النص. يصبح النص أكبر مرتين في كل الشاشات. المسوا « تكبير النص » في أعلى الشاشة، أو الزر أدناه.",
        "en": "Accessibility. The kiosk can adapt to you. Here is what it offers, and how to turn each on. At the end of your visit, everything goes back to how it was. Larger text. The text becomes twice as large on every screen. Touch “Larger text” at the top of the screen, or the button below.",
        "en-x-facile": "Accessibility. The kiosk can help me read and understand. I choose what helps me. When I leave, everything goes back to how it was. Larger text. The letters become 2 times bigger. I touch “Larger text” at the top of the screen. Or the button below.",
        "fr": "Accessibilité. La borne peut s’adapter à vous. Voici ce qu’elle propose, et comment l’activer. À la fin de votre visite, tout revient comme au début. Agrandir le texte. Le texte devient deux fois plus grand sur tous les écrans. Touchez « Agrandir le texte » en haut de l’écran, ou le bouton ci-dessous.",
        "fr-x-facile": "Accessibilité. La borne peut m’aider à lire et à comprendre. Je choisis ce qui m’aide. Quand je pars, tout revient comme avant. Agrandir le texte. Les lettres deviennent 2 fois plus grandes. Je touche « Agrandir le texte » en haut de l’écran. Ou le bouton en dessous.",
      }
    `);
  });
});

describe('the kiosk’s own screens', () => {
  it('the cleared screen after a visit ended by inactivity', async () => {
    expect(await saidIn((locale) => mountKioskScreen(ClearedScreen, locale, { reason: 'inactivity' }))).toMatchInlineSnapshot(`
      {
        "ar": "مُسحت معلوماتكم. لم تُلمس الشاشة منذ مدة. الجهاز جاهز للشخص التالي.",
        "en": "Your information has been erased. The screen has not been touched for a while. The kiosk is ready for the next person.",
        "en-x-facile": "Everything is erased. Nobody touched the screen for a while. The next person can use the kiosk.",
        "fr": "Vos informations ont été effacées. L’écran n’a pas été touché depuis un moment. La borne est prête pour la personne suivante.",
        "fr-x-facile": "Tout est effacé. Personne n’a touché l’écran depuis un moment. La personne suivante peut utiliser la borne.",
      }
    `);
  });

  // Shown when the kiosk cannot run, before any visitor chose a mode: it has no easy-read version (i18n/easy-read-as-is.ts).
  it('« Borne hors service »', async () => {
    expect(await saidIn((locale) => mountKioskScreen(OutOfServiceScreen, locale), ['fr', 'en', 'ar'])).toMatchInlineSnapshot(`
      {
        "ar": "الجهاز خارج الخدمة. لا يمكن استعمال هذا الجهاز حاليًا. يُرجى التوجّه إلى الاستقبال. يمكنكم أيضًا استعمال Mon Compte على caf.fr أو بتطبيق الهاتف Caf-Mon Compte.",
        "en": "Kiosk out of service. This kiosk cannot be used at the moment. Please ask at the reception desk. You can also use Mon Compte on caf.fr or with the Caf-Mon Compte mobile app.",
        "fr": "Borne hors service. Cette borne ne peut pas être utilisée pour le moment. Merci de vous adresser à l’accueil. Vous pouvez aussi utiliser Mon Compte sur caf.fr ou avec l’application mobile Caf-Mon Compte.",
      }
    `);
  });
});

describe('a text in French whatever the screen’s language', () => {
  // The CGU exist in French only (features/migration/CguView.vue marks them lang="fr"): the English and Arabic voices
  // read them letter by letter or with their own sounds. Failed before: one run, in the screen's voice.
  it('the CGU are said by the French voice on an English or Arabic screen, the screen’s words by its own', async () => {
    for (const locale of ['en', 'ar'] as const) {
      vi.resetAllMocks();
      const screen = await mountScreen('migration-cgu', locale, screenSetups['migration-cgu']);
      const runs = inVoices(screenParts(screen.root), locale);
      screen.unmount();
      expect(Array.isArray(runs) && runs.map((run) => run.language)).toEqual([locale, 'fr']);
      expect(Array.isArray(runs) && runs[1]!.text).toMatch(/^Règles d’utilisation de l’Espace Mon Compte\. Préambule\./);
    }
  });
});

describe('every screen has its speech test', () => {
  // From the tests this file holds, not from those that ran: it holds whether the whole file or one test is run.
  it('each route with a screen, from the router’s own records, has its test above', ({ task }) => {
    const names = new Set<string>();
    const walk = (t: { name: string; tasks?: ReadonlyArray<{ name: string }> }) => {
      names.add(t.name);
      t.tasks?.forEach(walk);
    };
    walk(task.file);
    const routes = screenRouteNames();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((name) => !names.has(name))).toEqual([]);
  });
});
