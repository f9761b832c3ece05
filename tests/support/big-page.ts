/**
 * A carrier page with `controls` form controls, for the autofill bench: a shop-like page
 * (filters, a product grid with quantity fields, a long address book, a newsletter box)
 * around one real top-up form near the end — the classifier must find it among thousands.
 */
export function bigCarrierPage(controls: number): string {
  const parts: string[] = [];
  const formControls = 5;
  let made = 0;
  let index = 0;
  while (made < controls - formControls) {
    switch (index % 6) {
      case 0:
        parts.push(`<label><input type="checkbox" name="filter-${index}" value="${index}"> Filtro ${index}</label>`);
        break;
      case 1:
        parts.push(`<label for="qty-${index}">Quantità prodotto ${index}</label><input id="qty-${index}" name="qty-${index}" type="number" min="0" value="0">`);
        break;
      case 2:
        parts.push(`<input type="text" name="note-${index}" placeholder="Nota per l'ordine ${index}" aria-label="Nota ${index}">`);
        break;
      case 3:
        parts.push(`<select name="colour-${index}"><option>Nero</option><option>Bianco</option><option>Blu</option></select>`);
        break;
      case 4:
        parts.push(`<button type="button" class="tile">Aggiungi ${index}</button>`);
        break;
      default:
        parts.push(`<textarea name="review-${index}" placeholder="Recensione ${index}"></textarea>`);
    }
    made += 1;
    index += 1;
  }
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>Offerte e ricarica</title></head>
<body>
<header><form role="search"><input type="search" name="q" placeholder="Cerca"></form></header>
<main><div class="catalogue">${parts.join('\n')}</div>
<form id="ricarica">
  <label for="msisdn">Numero di cellulare</label><input id="msisdn" name="msisdn" type="tel" maxlength="10">
  <label for="msisdn2">Conferma numero</label><input id="msisdn2" name="msisdn2" type="tel" maxlength="10">
  <label for="taglio">Taglio di ricarica</label><select id="taglio" name="taglio"><option value="">Scegli</option><option value="5">5 €</option><option value="10">10 €</option><option value="25">25 €</option></select>
  <label for="email">Email per la ricevuta</label><input id="email" name="email" type="email">
  <button type="submit">Prosegui</button>
</form></main></body></html>`;
}
