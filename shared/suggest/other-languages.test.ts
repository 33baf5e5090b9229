/**
 * Speech verbs, offices and places in French, Spanish, Italian and Portuguese copy, whose nouns are
 * lower case as in English, so the English rules read their names. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from './index';

const speakers = (text: string) => suggest(text).quotes.map((q) => [q.exact, q.speaker]);

describe('quotations in other languages', () => {
  it('reads the speech verb after a quotation in French, Spanish, Italian and Portuguese', () => {
    expect(speakers('Titre\n« Quand l’école ferme, le village meurt », a déclaré Jean-Pierre Vidal, maire de Saint-Cernin.')).toEqual([['Quand l’école ferme, le village meurt', 'Jean-Pierre Vidal']]);
    expect(speakers('Titular\n“No vamos a cerrar el puerto”, dijo Ana Ruiz en Valencia.')).toEqual([['No vamos a cerrar el puerto', 'Ana Ruiz']]);
    expect(speakers('Titolo\n«Il porto resterà aperto», ha dichiarato Marco Rossi.')).toEqual([['Il porto resterà aperto', 'Marco Rossi']]);
    expect(speakers('Título\n“O porto vai continuar aberto”, disse Paulo Souza.')).toEqual([['O porto vai continuar aberto', 'Paulo Souza']]);
  });

  it('"maire de Saint-Cernin", "sindaco di Vetralla": the town of a mayor is a place, and "le maire" is an office before a name', () => {
    const s = suggest('Titre\nLe maire Jean-Pierre Vidal a parlé. Il est maire de Saint-Cernin. Le sindaco di Vetralla è arrivato.');
    expect(s.actors.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['person', 'Jean-Pierre Vidal', 'maire'],
      ['place', 'Saint-Cernin', null],
      ['place', 'Vetralla', null],
    ]);
  });
});

describe('offices, parties and attributions in Spanish copy', () => {
  it('"afirmó la ministra de Vivienda, Isabel Rodríguez," gives the role and the quote; "lo calificó de “…”" is a verb of speech after an object pronoun', () => {
    const text = 'Titular\nEl Consejo de Ministros aprobó el plan. "Es el mayor esfuerzo en vivienda pública", afirmó la ministra de Vivienda, Isabel Rodríguez, en la rueda de prensa. Las comunidades gobernadas por el Partido Popular criticaron el plan. El consejero de Vivienda, Jorge Rodrigo, lo calificó de "propaganda".';
    const s = suggest(text);
    expect(s.actors.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', 'Consejo de Ministros', null],
      ['person', 'Isabel Rodríguez', 'ministra de Vivienda'],
      ['organisation', 'Partido Popular', null],
      ['person', 'Jorge Rodrigo', 'consejero de Vivienda'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Isabel Rodríguez', 'Jorge Rodrigo']);
  });
});

describe('articles opening a sentence in French and Spanish copy', () => {
  it('"Le Rassemblement national …", "La France insoumise …", "El Gobierno …" name no person "Le Rassemblement", "La France" or "El Gobierno"; "président du parti" is a role', () => {
    const fr = suggest(
      'Budget : la gauche dépose une motion de censure\nLe Premier ministre a annoncé lundi à l’Assemblée qu’il recourait à l’article 49.3 pour faire adopter le budget de la Sécurité sociale, et que le débat était clos pour cette année.\n\nLa France insoumise a aussitôt déposé une motion de censure contre le gouvernement. Le Rassemblement national n’a pas encore dit s’il la voterait. Jordan Bardella, président du parti, a déclaré que sa décision serait prise « dans l’intérêt des Français ».',
    );
    expect(fr.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([['Jordan Bardella', 'président du parti']]);
    expect(fr.quotes.map((q) => q.speaker)).toEqual(['Jordan Bardella']);
    const es = suggest(
      'El Gobierno aprueba la subida del salario mínimo\nEl Gobierno aprobó este martes una subida del salario mínimo interprofesional, que quedará en 1.184 euros mensuales en catorce pagas para los trabajadores.\n\nLa CEOE, la principal organización empresarial, criticó que el Gobierno no hubiera contado con su apoyo en la negociación. Su presidente, Antonio Garamendi, advirtió de que la subida «pondrá en riesgo el empleo en las pequeñas empresas».',
    );
    expect(es.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Antonio Garamendi']);
  });
});

describe('"M." for Monsieur in French copy', () => {
  it('"« … », a déclaré M. Lecornu devant les députés" is Sébastien Lecornu\'s, and "M. Lecornu" a mention of him', () => {
    const s = suggest(
      'Budget : le gouvernement engage sa responsabilité\nLe Premier ministre, Sébastien Lecornu, a annoncé lundi à l’Assemblée qu’il recourait à l’article 49.3 pour faire adopter le budget de la Sécurité sociale cette année.\n\n« Nous n’avons pas le droit de laisser le pays sans budget », a déclaré M. Lecornu devant les députés. « Le compromis est possible, mais il a ses limites. »',
    );
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([['Sébastien Lecornu', ['Sébastien Lecornu', 'Lecornu']]]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Sébastien Lecornu', 'Sébastien Lecornu']);
  });
});

describe('organisations French and Spanish copy names with one capital or by an acronym', () => {
  const french =
    'Titre\nLe gouvernement a présenté mercredi un plan de relance pour les ports, avant son examen à l’Assemblée nationale le mois prochain. ' +
    '« Nous devons moderniser nos quais sans attendre », a déclaré le ministre des Transports, Luc Ferrand, lors d’une visite au Havre. ' +
    'La Cour des comptes avait jugé en mai que les investissements étaient « trop dispersés ». Selon l’Insee, le trafic a baissé de 4 % en un an. ' +
    'La présidente du groupe La France insoumise, Claire Dumas, a dénoncé « un plan pour les actionnaires ». Les syndicats CGT et FO appellent à la grève.';

  it('"l’Assemblée nationale", "La Cour des comptes", "La France insoumise", "selon l’Insee" and "les syndicats CGT et FO" are organisations; "a déclaré le ministre" gives the role without the verb', () => {
    const s = suggest(french);
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['Assemblée nationale', 'Cour des comptes', 'Insee', 'La France insoumise', 'CGT', 'FO']);
    expect(s.actors.find((a) => a.name === 'Luc Ferrand')?.role).toBe('ministre des Transports');
    expect(s.actors.some((a) => a.name === 'France' || a.name === 'La France')).toBe(false);
  });

  it('the quotes go to who spoke: "La Cour des comptes avait jugé … « … »", "Claire Dumas, a dénoncé « … »"', () => {
    expect(speakers(french)).toEqual([
      ['Nous devons moderniser nos quais sans attendre', 'Luc Ferrand'],
      ['trop dispersés', 'Cour des comptes'],
      ['un plan pour les actionnaires', 'Claire Dumas'],
    ]);
  });

  it('Spanish: "los sindicatos CCOO y UGT", "La patronal CEOE … pidió “…”", and "Según el Instituto Nacional de Estadística" without "Según el"', () => {
    const text =
      'Titular\nLos sindicatos CCOO y UGT han convocado una huelga en el sector del transporte para el mes que viene. ' +
      'La patronal CEOE, por su parte, pidió "calma" a las centrales sindicales y recordó que la negociación sigue abierta. ' +
      'Según el Instituto Nacional de Estadística, el paro bajó en el tercer trimestre en todas las comunidades del país. ' +
      'Los trabajadores del puerto y de las empresas de mudanzas se sumarán a la protesta, que empezará a primera hora de la mañana.';
    const s = suggest(text);
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['CCOO', 'UGT', 'CEOE', 'Instituto Nacional de Estadística']);
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([['calma', 'CEOE']]);
  });
});

describe('a French report on a government climbdown', () => {
  const text = [
    'Retraites : le gouvernement recule',
    '',
    "C'est un recul que peu d'observateurs attendaient aussi tôt. Devant les députés, mardi, le premier ministre, Étienne Marchal, a annoncé la suspension du relèvement de l'âge légal de départ à la retraite jusqu'à l'élection présidentielle.",
    '',
    "« Nous avons entendu le pays », a déclaré M. Marchal sous les applaudissements d'une partie de l'hémicycle.",
    '',
    'La secrétaire générale du syndicat, Marylise Léon, a salué « une première victoire », tout en réclamant l’abrogation de la réforme.',
  ].join('\n');

  it('"a déclaré M. Marchal sous les applaudissements": the surname after "M." is his, though it ends like an adjective and a clause goes on after it', () => {
    expect(speakers(text)[0]).toEqual(['Nous avons entendu le pays', 'Étienne Marchal']);
  });

  it('"a salué « … »" is a verb of speech; "La secrétaire générale du syndicat, Marylise Léon," gives her role, its adjective after the noun', () => {
    expect(speakers(text)[1]).toEqual(['une première victoire', 'Marylise Léon']);
    expect(suggest(text).actors.find((a) => a.name === 'Marylise Léon')?.role).toBe('secrétaire générale du syndicat');
  });

  it('"El secretario general de la alianza, Mark Rutte," and "Le directeur adjoint de l’hôpital, Paul Girard,": the adjective after the role noun', () => {
    const roles = suggest('Titular\nEl secretario general de la alianza, Mark Rutte, habló ayer. Le directeur adjoint de l’hôpital, Paul Girard, est parti.').actors.map((a) => [a.name, a.role]);
    expect(roles).toEqual([
      ['Mark Rutte', 'secretario general de la alianza'],
      ['Paul Girard', 'directeur adjoint de l’hôpital'],
    ]);
  });
});
