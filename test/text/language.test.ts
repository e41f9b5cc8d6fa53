import { detectLanguage } from '../../src/text/language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The ministry said on Friday that the strike had killed the commander of the group, and that two other fighters were also killed in the attack.'],
    ['es', 'El ministerio dijo el viernes que el ataque había matado al comandante del grupo y que otros dos combatientes también murieron en la operación.'],
    ['fr', 'Le ministère a déclaré vendredi que la frappe avait tué le commandant du groupe et que deux autres combattants avaient été tués dans les montagnes.'],
    ['de', 'Das Ministerium sagte am Freitag, dass der Angriff den Kommandeur der Gruppe getötet habe und dass auch zwei weitere Kämpfer gestorben seien.'],
    ['it', 'Il ministero ha detto venerdì che il raid ha ucciso il comandante del gruppo e che anche altri due combattenti sono stati uccisi nella zona.'],
    ['pt', 'O ministério disse na sexta-feira que o ataque matou o comandante do grupo e que outros dois combatentes também foram mortos na região.'],
    ['nl', 'Het ministerie zei vrijdag dat de aanval de commandant van de groep had gedood en dat er ook twee andere strijders bij zijn omgekomen.'],
    ['ar', 'قالت وزارة الدفاع يوم الجمعة إن الغارة الجوية قتلت قائد الجماعة المسلحة في الجبال القريبة من الحدود.'],
    ['ru', 'Министерство обороны заявило в пятницу, что авиаудар убил командира группировки в горах у границы.'],
    ['zh', '国防部星期五表示，空袭在边境附近的山区打死了该武装组织的指挥官。'],
  ])('recognises %s', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('returns null for text too short to tell', () => {
    expect(detectLanguage('Ash Carter')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});
