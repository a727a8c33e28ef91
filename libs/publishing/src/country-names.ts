import type { Language } from '@gbdw/drafting';
import { countryName } from './countries.js';

/**
 * A country's name in French and Spanish for a government moving in its own name. The runtime's CLDR
 * names (Intl.DisplayNames) are the everyday ones ("Russie", "Corée du Sud", "Rusia"); where the United
 * Nations' short name differs, its name is typed out below, without the article the running text may add.
 */

/** Each ISO 3166 alpha-3 code countries.ts knows, followed by its alpha-2 code (which Intl.DisplayNames takes). */
const ALPHA2 = new Map(
  (
    'AFGAF AGOAO ALBAL ANDAD AREAE ARGAR ARMAM ATGAG AUSAU AUTAT AZEAZ BDIBI BELBE BENBJ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLRBY BLZBZ BOLBO ' +
    'BRABR BRBBB BRNBN BTNBT BWABW CAFCF CANCA CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU CYPCY CZECZ DEUDE ' +
    'DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESPES ESTEE ETHET FINFI FJIFJ FRAFR FSMFM GABGA GBRGB GEOGE GHAGH GINGN GMBGM GNBGW GNQGQ ' +
    'GRCGR GRDGD GTMGT GUYGY HNDHN HRVHR HTIHT HUNHU IDNID INDIN IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT JAMJM JORJO JPNJP KAZKZ KENKE KGZKG KHMKH ' +
    'KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH MKDMK ' +
    'MLIML MLTMT MMRMM MNEME MNGMN MOZMZ MRTMR MUSMU MWIMW MYSMY NAMNA NERNE NGANG NICNI NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PERPE ' +
    'PHLPH PLWPW PNGPG POLPL PRKKP PRTPT PRYPY QATQA ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SLBSB SLESL SLVSV SMRSM SOMSO SRBRS SSDSS STPST ' +
    'SURSR SVKSK SVNSI SWESE SWZSZ SYCSC SYRSY TCDTD TGOTG THATH TJKTJ TKMTM TLSTL TONTO TTOTT TUNTN TURTR TUVTV TZATZ UGAUG UKRUA URYUY USAUS ' +
    'UZBUZ VCTVC VENVE VNMVN VUTVU WSMWS YEMYE ZAFZA ZMBZM ZWEZW'
  )
    .split(' ')
    .map((c) => [c.slice(0, 3), c.slice(3)] as const),
);

const UN_NAMES: Record<'fr' | 'es', Record<string, string>> = {
  fr: {
    BLR: 'Bélarus',
    BOL: 'État plurinational de Bolivie',
    BRN: 'Brunéi Darussalam',
    CPV: 'Cabo Verde',
    COG: 'Congo',
    COD: 'République démocratique du Congo',
    FSM: 'États fédérés de Micronésie',
    GBR: 'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    IRN: 'République islamique d’Iran',
    IRQ: 'Iraq',
    KGZ: 'Kirghizistan',
    KNA: 'Saint-Kitts-et-Nevis',
    KOR: 'République de Corée',
    LAO: 'République démocratique populaire lao',
    MDA: 'République de Moldova',
    MMR: 'Myanmar',
    PRK: 'République populaire démocratique de Corée',
    RUS: 'Fédération de Russie',
    SLV: 'El Salvador',
    SYR: 'République arabe syrienne',
    TLS: 'Timor-Leste',
    TUR: 'Türkiye',
    TZA: 'République-Unie de Tanzanie',
    USA: 'États-Unis d’Amérique',
    VEN: 'République bolivarienne du Venezuela',
    VNM: 'Viet Nam',
  },
  es: {
    BGD: 'Bangladesh',
    BHR: 'Bahrein',
    BLR: 'Belarús',
    BEN: 'Benin',
    BOL: 'Estado Plurinacional de Bolivia',
    BRN: 'Brunei Darussalam',
    BTN: 'Bhután',
    BWA: 'Botswana',
    DJI: 'Djibouti',
    FJI: 'Fiji',
    FSM: 'Estados Federados de Micronesia',
    GBR: 'Reino Unido de Gran Bretaña e Irlanda del Norte',
    GNB: 'Guinea-Bissau',
    IRN: 'República Islámica del Irán',
    IRQ: 'Iraq',
    KAZ: 'Kazajstán',
    KEN: 'Kenya',
    KNA: 'Saint Kitts y Nevis',
    KOR: 'República de Corea',
    LAO: 'República Democrática Popular Lao',
    LSO: 'Lesotho',
    MDA: 'República de Moldova',
    MMR: 'Myanmar',
    MWI: 'Malawi',
    PLW: 'Palau',
    PRK: 'República Popular Democrática de Corea',
    QAT: 'Qatar',
    ROU: 'Rumania',
    RUS: 'Federación de Rusia',
    RWA: 'Rwanda',
    SAU: 'Arabia Saudita',
    SUR: 'Suriname',
    SYR: 'República Árabe Siria',
    TTO: 'Trinidad y Tabago',
    TUR: 'Türkiye',
    TZA: 'República Unida de Tanzanía',
    USA: 'Estados Unidos de América',
    VEN: 'República Bolivariana de Venezuela',
    VNM: 'Viet Nam',
    ZWE: 'Zimbabwe',
  },
};

const DISPLAY = { fr: new Intl.DisplayNames(['fr'], { type: 'region' }), es: new Intl.DisplayNames(['es'], { type: 'region' }) };

/** A country's name by its alpha-3 code in the language asked for ("Fédération de Russie", "Francia"); an unknown code stands for itself. */
export function localCountryName(alpha3: string, lang: Language = 'en'): string {
  if (lang === 'en') return countryName(alpha3);
  const alpha2 = ALPHA2.get(alpha3);
  if (!alpha2) return alpha3;
  return UN_NAMES[lang][alpha3] ?? DISPLAY[lang].of(alpha2) ?? alpha3;
}
